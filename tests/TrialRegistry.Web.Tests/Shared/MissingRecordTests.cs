using TrialRegistry.Web.Components.Pages;

namespace TrialRegistry.Web.Tests.Shared;

public sealed class MissingRecordTests
{
    [Theory]
    [InlineData("trials/NCT99999999", "Trial not found")]
    [InlineData("trials/NCT99999999/history?from=1", "Trial not found")]
    [InlineData("trials/NCT99999999/edit", "Trial not found")]
    [InlineData("products/999", "Product not found")]
    [InlineData("products/999/records/patents/new", "Page not found")]
    [InlineData("trials/NCT99999999/history/extra", "Page not found")]
    [InlineData("nowhere", "Page not found")]
    public void The_not_found_page_names_what_is_missing(string relativeUri, string title)
        => Assert.Equal(title, MissingRecord.For(relativeUri).Title);

    [Fact]
    public void A_missing_trial_page_names_the_trial_and_links_to_the_list()
    {
        var missing = MissingRecord.For("trials/NCT99999999/history");

        Assert.Equal("No trial with registry id “NCT99999999” is registered here.", missing.Message);
        Assert.Equal("/trials", missing.BackHref);
    }
}
