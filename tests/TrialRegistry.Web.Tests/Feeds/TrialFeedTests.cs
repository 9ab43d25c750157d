using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Trials;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Feeds;

/// <summary>
/// /trials/feed.atom and /trials/feed.rss on the demo data: they parse, follow the search page's
/// filters, list the newest updated trials first, and a trial updated later moves to the top.
/// </summary>
public sealed class TrialFeedTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Theory]
    [InlineData("/trials/feed.atom", "application/atom+xml")]
    [InlineData("/trials/feed.rss", "application/rss+xml")]
    public async Task Both_feeds_parse_and_each_entry_links_to_its_trial_with_a_stable_id_a_time_and_a_summary(string path, string mediaType)
    {
        var (feed, actualMediaType) = await LoadAsync(path);

        Assert.Equal(mediaType, actualMediaType);
        Assert.NotEmpty(feed.Items);
        Assert.True(feed.Items.Count() <= 50);
        foreach (var item in feed.Items)
        {
            var registryId = item.Id["urn:trialregistry:trial:".Length..];
            Assert.StartsWith("urn:trialregistry:trial:", item.Id, StringComparison.Ordinal);
            Assert.Equal($"/trials/{registryId}", item.Links.Single().Uri.AbsolutePath);
            Assert.StartsWith(registryId + ": ", item.Title.Text, StringComparison.Ordinal);
            Assert.NotEqual(default, item.LastUpdatedTime);
            Assert.Contains("Sponsor: ", item.Summary.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Atom_entries_carry_status_conditions_and_published_time()
    {
        var (feed, _) = await LoadAsync($"/trials/feed.atom?q={TestAccounts.SeedTrial}");

        var seed = Assert.Single(feed.Items);
        Assert.Equal($"urn:trialregistry:trial:{TestAccounts.SeedTrial}", seed.Id);
        Assert.StartsWith("Unknown (last known: Recruiting)", seed.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("Conditions: ", seed.Summary.Text, StringComparison.Ordinal);
        Assert.NotEmpty(seed.Categories);
        Assert.NotEqual(default, seed.PublishDate);
    }

    [Fact]
    public async Task Entries_follow_the_search_pages_filters()
    {
        await using var db = CreateContext();
        var completed = await db.Trials.Where(t => t.OverallStatus == OverallStatus.Completed).Select(t => t.RegistryId).ToListAsync();
        Assert.NotEmpty(completed);

        var (feed, _) = await LoadAsync("/trials/feed.atom?status=COMPLETED");

        var ids = RegistryIds(feed);
        Assert.Equal(Math.Min(50, completed.Count), ids.Count);
        Assert.All(ids, id => Assert.Contains(id, completed));
        Assert.EndsWith("(filtered)", feed.Title.Text, StringComparison.Ordinal);
        Assert.Contains("status=COMPLETED", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newest_last_update_comes_first()
    {
        var (feed, _) = await LoadAsync("/trials/feed.rss");
        await using var db = CreateContext();
        var ids = RegistryIds(feed);
        var posted = await db.Trials.Where(t => ids.Contains(t.RegistryId))
            .Select(t => new { t.RegistryId, t.LastUpdatePostDate })
            .ToDictionaryAsync(t => t.RegistryId, t => t.LastUpdatePostDate == null ? DateOnly.MinValue : t.LastUpdatePostDate.Date);

        var dates = ids.Select(id => posted[id]).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        var oldest = dates[^1];
        var newerOutside = await db.Trials.CountAsync(t => !ids.Contains(t.RegistryId) && t.LastUpdatePostDate != null && t.LastUpdatePostDate.Date > oldest);
        Assert.Equal(0, newerOutside);
    }

    [Fact]
    public async Task A_trial_updated_later_moves_to_the_top_with_its_new_time()
    {
        var (before, _) = await LoadAsync("/trials/feed.atom");
        var last = RegistryIds(before)[^1];
        var changedAt = DateTimeOffset.UtcNow;
        await using (var db = CreateContext())
        {
            var trial = await db.Trials.SingleAsync(t => t.RegistryId == last);
            var today = DateOnly.FromDateTime(changedAt.UtcDateTime);
            trial.LastUpdatePostDate = RegistryDate.Day(today.Year, today.Month, today.Day, DateType.Actual);
            trial.UpdatedAt = changedAt;
            await db.SaveChangesAsync();
        }

        var (after, _) = await LoadAsync("/trials/feed.atom");

        var top = after.Items.First();
        Assert.Equal($"urn:trialregistry:trial:{last}", top.Id);
        Assert.Equal(changedAt.ToUnixTimeSeconds(), top.LastUpdatedTime.ToUnixTimeSeconds());
        Assert.Equal(changedAt.ToUnixTimeSeconds(), after.LastUpdatedTime.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task An_impossible_search_is_a_400_problem_and_unknown_values_are_ignored_as_on_the_page()
    {
        using var client = app.CreateClient();

        using var empty = await client.GetAsync(new Uri("/trials/feed.atom?from=2020&to=2010", UriKind.Relative));
        using var ignored = await client.GetAsync(new Uri("/trials/feed.atom?phase=PHASE9", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
    }

    [Fact]
    public async Task The_rss_feed_is_rss_2_with_guids_that_are_not_permalinks()
    {
        using var client = app.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/trials/feed.rss", UriKind.Relative)));

        Assert.Equal("rss", xml.Root!.Name.LocalName);
        Assert.Equal("2.0", xml.Root.Attribute("version")?.Value);
        var guid = xml.Descendants("item").First().Element("guid")!;
        Assert.StartsWith("urn:trialregistry:trial:", guid.Value, StringComparison.Ordinal);
        Assert.Equal("false", guid.Attribute("isPermaLink")?.Value);
    }

    /// <summary>The feed at <paramref name="path"/>, read by the framework's own Atom/RSS reader, and its media type.</summary>
    private async Task<(SyndicationFeed Feed, string? MediaType)> LoadAsync(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return (SyndicationFeed.Load(reader), response.Content.Headers.ContentType?.MediaType);
    }

    private static List<string> RegistryIds(SyndicationFeed feed)
        => feed.Items.Select(i => i.Id["urn:trialregistry:trial:".Length..]).ToList();

    private RegistryDbContext CreateContext()
        => app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
}
