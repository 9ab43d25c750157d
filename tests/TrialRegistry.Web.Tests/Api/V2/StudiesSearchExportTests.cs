using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Search;
using TrialRegistry.Testing;
using TrialRegistry.Trials;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>The demo app plus 2,000 trials with the word "exportable" (four export batches of 500).</summary>
public sealed class ExportAppFactory : RegistryAppFactory
{
    public const int Exportable = 2000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var sponsor = TestTrials.Sponsor("Export Test Sponsor");
        for (var i = 0; i < Exportable; i++)
        {
            var trial = TestTrials.New($"NCT5{i:D7}", sponsor, $"Exportable study number {i}");

            // Few distinct dates, some missing: ties and the missing-last rule are in the order.
            trial.LastUpdatePostDate = i % 10 == 0 ? null : RegistryDate.Day(2020 + (i % 4), 1 + (i % 3), 1, DateType.Actual);
            trial.EnrollmentCount = i % 7 == 0 ? null : i;
            trial.OverallStatus = i % 2 == 0 ? OverallStatus.Recruiting : OverallStatus.Completed;
            db.Trials.Add(trial);
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>Exports of the search page's search: streamed, complete, in the page's order, CSV and JSON alike.</summary>
public sealed partial class StudiesSearchExportTests(ExportAppFactory app) : IClassFixture<ExportAppFactory>
{
    [Fact]
    public async Task The_CSV_export_returns_every_match_in_the_page_order_and_matches_the_JSON_export()
    {
        using var client = app.CreateClient();
        var expected = await ExpectedOrderAsync(status: null);

        using var csvResponse = await client.GetAsync(new Uri("/trials/export.csv?q=exportable&sort=updated", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
        var rows = await ReadCsvAsync(await csvResponse.Content.ReadAsStreamAsync());

        using var jsonResponse = await client.GetAsync(new Uri("/trials/export.json?q=exportable&sort=updated", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType?.MediaType);
        using var json = await JsonDocument.ParseAsync(await jsonResponse.Content.ReadAsStreamAsync());
        var studies = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(expected, rows.Select(r => r[CurrentCsvColumns.NctNumber]));
        Assert.Equal(expected, studies.Select(StudiesSearchTests.NctIdOf));
        foreach (var (study, row) in studies.Zip(rows))
        {
            StudiesSearchTests.AssertSameStudy(study, row);
        }
    }

    [Fact]
    public async Task A_relevance_export_follows_the_search_pages_in_their_order()
    {
        using var client = app.CreateClient();
        var pages = new List<string>();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            string? after = null;
            do
            {
                var page = await SearchTrials.RunAsync(db, new TrialSearchQuery { Text = "exportable", PageSize = 100, After = after, IncludeFacets = false });
                pages.AddRange(page.Hits.Select(h => h.RegistryId));
                after = page.NextCursor;
            }
            while (after is not null);
        }

        using var csvResponse = await client.GetAsync(new Uri("/trials/export.csv?q=exportable&sort=relevance", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var rows = await ReadCsvAsync(await csvResponse.Content.ReadAsStreamAsync());

        Assert.Equal(ExportAppFactory.Exportable, pages.Count);
        Assert.Equal(pages, rows.Select(r => r[CurrentCsvColumns.NctNumber]));
    }

    [Fact]
    public async Task The_export_takes_the_search_page_filters()
    {
        using var client = app.CreateClient();
        var rows = await ReadCsvAsync(await client.GetStreamAsync(new Uri("/trials/export.csv?q=exportable&status=RECRUITING&sort=updated&after=ignored", UriKind.Relative)));

        Assert.Equal(await ExpectedOrderAsync(OverallStatus.Recruiting), rows.Select(r => r[CurrentCsvColumns.NctNumber]));
    }

    [Fact]
    public async Task An_identifier_in_the_box_exports_its_trial_as_the_page_shows_it()
    {
        using var client = app.CreateClient();
        var rows = await ReadCsvAsync(await client.GetStreamAsync(new Uri($"/trials/export.csv?q={TestAccounts.SeedTrial.ToLowerInvariant()}", UriKind.Relative)));

        Assert.Equal(TestAccounts.SeedTrial, Assert.Single(rows)[CurrentCsvColumns.NctNumber]);
    }

    [Fact]
    public async Task The_search_page_links_its_exports_and_feeds_with_its_own_query()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/trials?q=exportable&status=RECRUITING", UriKind.Relative));

        var links = Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        foreach (var path in new[] { "/trials/export.csv", "/trials/export.json", "/trials/feed.atom", "/trials/feed.rss" })
        {
            Assert.Contains($"{path}?q=exportable&status=RECRUITING", links);
        }
    }

    private async Task<List<string>> ExpectedOrderAsync(OverallStatus? status)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var trials = db.Trials.Where(t => t.BriefTitle.StartsWith("Exportable study"));
        if (status is { } only)
        {
            trials = trials.Where(t => t.OverallStatus == only);
        }

        // The search page's "Last updated" order: newest first, missing dates last, then the higher id first.
        return await trials.OrderByDescending(t => EF.Property<DateOnly>(t, TrialConfiguration.SortLastUpdate)).ThenByDescending(t => t.Id)
            .Select(t => t.RegistryId)
            .ToListAsync();
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(Stream stream)
    {
        using var reader = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        await reader.ReadAsync();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(header.Select((name, i) => (name, value: reader.GetField(i) ?? string.Empty)).ToDictionary(c => c.name, c => c.value));
        }

        return rows;
    }

    [GeneratedRegex("href=\"(/trials/(?:export|feed)\\.[a-z]+[^\"]*)\"")]
    private static partial Regex Href();
}
