using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class AgeRulesTests
{
    [Theory]
    [InlineData("18 Years", "65 Years")]
    [InlineData("1 Year", "12 Months")]
    [InlineData("6 Months", "1 Year")]
    [InlineData("1 Week", "7 Days")]
    [InlineData("1 Day", "24 Hours")]
    [InlineData("30 Minutes", "1 Hour")]
    [InlineData("18 years", null)]
    [InlineData(null, "17 Years")]
    [InlineData(null, null)]
    public void Ages_in_the_CT_gov_form_with_the_minimum_not_above_the_maximum_are_accepted(string? minimum, string? maximum)
    {
        var trial = New();
        (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge) = (minimum, maximum);

        Assert.Empty(Validate(trial));
    }

    [Theory]
    [InlineData("18")]
    [InlineData("18 yrs")]
    [InlineData("eighteen Years")]
    [InlineData("-1 Years")]
    [InlineData("18  Years")]
    [InlineData("N/A")]
    public void An_age_not_in_the_CT_gov_form_is_reported(string minimum)
    {
        var trial = New();
        trial.Eligibility.MinimumAge = minimum;

        AssertProblem(trial, "Eligibility.MinimumAge", $"Minimum age \"{minimum}\" is not an age the registry reads: write a number and a unit, e.g. \"18 Years\" (Years, Months, Weeks, Days, Hours or Minutes), or leave it empty for no limit.");
    }

    [Fact]
    public void The_maximum_age_is_checked_too()
    {
        var trial = New();
        trial.Eligibility.MaximumAge = "70";

        AssertProblem(trial, "Eligibility.MaximumAge", "Maximum age \"70\" is not an age the registry reads: write a number and a unit, e.g. \"18 Years\" (Years, Months, Weeks, Days, Hours or Minutes), or leave it empty for no limit.");
    }

    [Theory]
    [InlineData("70 Years", "18 Years")]
    [InlineData("2 Years", "23 Months")]
    [InlineData("8 Days", "1 Week")]
    public void The_minimum_age_cannot_be_above_the_maximum_after_converting_units(string minimum, string maximum)
    {
        var trial = New();
        (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge) = (minimum, maximum);

        AssertProblem(trial, "Eligibility.MinimumAge", $"Minimum age {minimum} is above the maximum age {maximum}; correct one of them.");
    }
}
