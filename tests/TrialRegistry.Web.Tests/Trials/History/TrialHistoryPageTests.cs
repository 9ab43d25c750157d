using System.Net;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Trials.History;

/// <summary>/trials/{id}/history over HTTP: the prerendered page, without JavaScript.</summary>
public sealed class TrialHistoryPageTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string SeedTrial = "NCT03562065";

    /// <summary>A demo trial the comparison tests give versions to (the seed trial's start empty).</summary>
    private const string OtherTrial = "NCT00260338";

    [Fact]
    public async Task The_history_shows_the_empty_state_then_the_versions_and_the_latest_change()
    {
        using var client = app.CreateClient();

        var empty = await GetAsync(client, $"/trials/{SeedTrial}/history");

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("History of changes", empty.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/trials/{SeedTrial}\"", empty.Html, StringComparison.Ordinal);
        Assert.Matches(@"No changes recorded since it was imported on \d{4}-\d{2}-\d{2}\.", empty.Html);

        await using (var db = app.Database.CreateContext())
        {
            await HistoryVersions.AddAsync(db, SeedTrial);
        }

        var latest = await GetAsync(client, $"/trials/{SeedTrial}/history");

        Assert.Equal(HttpStatusCode.OK, latest.Status);
        Assert.DoesNotContain("No changes recorded", latest.Html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(latest.Html, "data-testid=\"version-row\""));
        Assert.Contains("2026-03-02 11:30", latest.Html, StringComparison.Ordinal);
        Assert.Contains("investigator@aphp.example.org", latest.Html, StringComparison.Ordinal);
        Assert.Contains("Enrollment raised after the amendment", latest.Html, StringComparison.Ordinal);
        Assert.Contains(">Import<", latest.Html, StringComparison.Ordinal);

        // Latest (3) against the one before (2): the new arm and the swapped condition only.
        Assert.Contains("3 changes from version 2 to version 3.", latest.Html, StringComparison.Ordinal);
        Assert.Contains("data-path=\"Arms[1]\" data-kind=\"Added\"", latest.Html, StringComparison.Ordinal);
        Assert.Contains("Label: Placebo infusion; Type: Placebo comparator; Description: Saline", latest.Html, StringComparison.Ordinal);
        Assert.Contains("data-path=\"Conditions[0]\" data-kind=\"Removed\"", latest.Html, StringComparison.Ordinal);
        Assert.Contains("Lupus Nephritis", latest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-path=\"EnrollmentCount\"", latest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_pair_shows_old_and_new_values_and_the_inline_text_diff()
    {
        using var client = app.CreateClient();
        await EnsureVersionsAsync(client);

        var page = await GetAsync(client, $"/trials/{OtherTrial}/history?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2 changes from version 1 to version 2.", page.Html, StringComparison.Ordinal);
        Assert.Matches(@"data-path=""EnrollmentCount""[\s\S]*?<del[^>]*>.*?10</del>[\s\S]*?<ins[^>]*>.*?24</ins>", page.Html);
        Assert.Matches(@"<del[^>]*><span class=""visually-hidden""[^>]*>\[deleted: </span>one<", page.Html);
        Assert.Matches(@"<ins[^>]*><span class=""visually-hidden""[^>]*>\[inserted: </span>two<", page.Html);
        Assert.Matches(@"<ins[^>]*><span class=""visually-hidden""[^>]*>\[inserted: </span>infusions<", page.Html);
        Assert.Contains("<option value=\"1\" selected", page.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2\" selected", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=abc", "“from=abc” is not a version number.")]
    [InlineData("?from=1&to=99", "This trial has no version 99 (its versions are 1 to 3).")]
    [InlineData("?from=2&to=2", "Version 2 was chosen twice: choose two different versions to compare.")]
    [InlineData("?from=-1&to=99999999999999999999", "“from=-1” is not a version number.")]
    public async Task A_bad_choice_of_versions_gets_a_message_and_the_latest_change(string query, string message)
    {
        using var client = app.CreateClient();
        await EnsureVersionsAsync(client);

        var page = await GetAsync(client, $"/trials/{OtherTrial}/history{query}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Html, StringComparison.Ordinal);
        Assert.Contains("Showing the latest change (version 2 → 3) instead.", page.Html, StringComparison.Ordinal);
        Assert.Contains("3 changes from version 2 to version 3.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_trial_has_no_history_page()
    {
        using var client = app.CreateClient();

        var page = await GetAsync(client, "/trials/NCT00000000/history");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private async Task EnsureVersionsAsync(HttpClient client)
    {
        // Tests of this class share the app and run one at a time; the first to need versions writes them.
        var page = await GetAsync(client, $"/trials/{OtherTrial}/history");
        if (page.Html.Contains("No changes recorded", StringComparison.Ordinal))
        {
            await using var db = app.Database.CreateContext();
            await HistoryVersions.AddAsync(db, OtherTrial);
        }
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static int CountOf(string text, string value)
        => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
