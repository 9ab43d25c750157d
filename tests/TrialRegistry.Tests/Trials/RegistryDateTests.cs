using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Trials;

public sealed class RegistryDateTests
{
    [Theory]
    [InlineData("2019", DatePrecision.Year, "2019-01-01")]
    [InlineData("2019-09", DatePrecision.Month, "2019-09-01")]
    [InlineData("2019-09-11", DatePrecision.Day, "2019-09-11")]
    public void Partial_dates_keep_their_precision_and_text(string text, DatePrecision precision, string firstDay)
    {
        Assert.True(RegistryDate.TryParse(text, DateType.Actual, out var date));

        Assert.Equal(precision, date!.Precision);
        Assert.Equal(DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(text, date.ToString());
        Assert.Equal(DateType.Actual, date.Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2019-13")]
    [InlineData("2019-02-30")]
    [InlineData("June 2019")]
    [InlineData("2019-09-11-01")]
    public void Malformed_dates_are_rejected(string text)
        => Assert.False(RegistryDate.TryParse(text, null, out _));
}
