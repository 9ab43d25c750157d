using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using TrialRegistry.CtGovApi.Search;
using TrialRegistry.Organizations;
using TrialRegistry.Testing;
using TrialRegistry.Trials;
using Xunit.Abstractions;

namespace TrialRegistry.Tests.CtGovApi.Search;

/// <summary>5,000 recruiting trials (and 500 completed ones the walk must not return).</summary>
public sealed class PagingDatabase : PostgresDatabase
{
    public const int Matching = 5000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var sponsor = TestTrials.Sponsor();
        for (var i = 0; i < Matching + 500; i++)
        {
            var trial = TestTrials.New($"NCT3{i:D7}", sponsor, $"Paging trial {i}");
            trial.OverallStatus = i < Matching ? OverallStatus.Recruiting : OverallStatus.Completed;
            trial.LastUpdatePostDate = RegistryDate.Day(2015 + (i % 9), 1 + (i % 12), 1 + (i % 28), DateType.Actual);
            trial.EnrollmentCount = i % 11 == 0 ? null : i % 400;
            db.Trials.Add(trial);
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>
/// Walking every page of a 5,000-study result 7 at a time while studies are inserted and updated
/// between the page requests: every study that matched at the start comes exactly once
/// (docs/decisions/0020-ctgov-studies-paging.md).
/// </summary>
public sealed class StudiesPagingTests(PagingDatabase database, ITestOutputHelper output) : IClassFixture<PagingDatabase>
{
    /// <summary>The app's store of walk orders (a singleton there): walks in orders edits change are served from it.</summary>
    private readonly StudyWalkSnapshots snapshots = new(TimeProvider.System);

    [Theory]
    [InlineData(null)]
    [InlineData("NCTId:desc")]

    // The edits between pages set the last update to today: by keyset alone, those not yet walked
    // would jump to the part already walked and be missed.
    [InlineData("LastUpdatePostDate:desc")]
    public async Task Walking_all_pages_while_rows_change_yields_every_original_match_exactly_once(string? sort)
    {
        // The theories share the database: the rows earlier walks inserted match as well.
        var original = await MatchingIdsAsync();
        Assert.True(original.Count >= PagingDatabase.Matching);
        var seen = new List<string>();
        var random = new Random(7);
        var inserted = new List<string>();
        string? token = null;
        var pages = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            var parameters = new List<KeyValuePair<string, StringValues>>
            {
                new("filter.overallStatus", "RECRUITING"),
                new("pageSize", "7"),
            };
            if (sort is not null)
            {
                parameters.Add(new("sort", sort));
            }

            if (token is not null)
            {
                parameters.Add(new("pageToken", token));
            }

            await using (var db = database.CreateContext())
            {
                var page = await SearchCtGovStudies.RunAsync(db, CtGovStudiesParameters.Parse(parameters), snapshots);
                seen.AddRange(page.Studies.Select(t => t.RegistryId));
                token = page.NextPageToken;
                Assert.True(page.Studies.Count == 7 || token is null, "only the last page may be short");
            }

            pages++;
            inserted.Add(await ChangeRowsAsync(random, sort ?? "none", pages));
        }
        while (token is not null);

        output.WriteLine($"{pages} pages in {clock.ElapsedMilliseconds} ms");
        Assert.Empty(seen.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(original.Except(seen));
        Assert.Empty(seen.Except(original).Except(inserted));
    }

    private async Task<HashSet<string>> MatchingIdsAsync()
    {
        await using var db = database.CreateContext();
        return (await db.Trials.Where(t => t.OverallStatus == OverallStatus.Recruiting).Select(t => t.RegistryId).ToListAsync()).ToHashSet();
    }

    /// <summary>Between two pages: one new trial (matching every other time), and three existing ones edited (title, dates, enrollment).</summary>
    private async Task<string> ChangeRowsAsync(Random random, string walk, int page)
    {
        await using var db = database.CreateContext();
        var sponsor = await db.Organizations.FirstAsync();
        var id = $"NCT4{Math.Abs(walk.GetHashCode(StringComparison.Ordinal)) % 100:D2}{page:D5}";
        var added = TestTrials.New(id, sponsor, $"Inserted during the walk {walk} {page}");
        added.LastUpdatePostDate = RegistryDate.Day(2026, 11, 25, DateType.Actual);
        added.OverallStatus = page % 2 == 0 ? OverallStatus.Recruiting : OverallStatus.Completed;
        db.Trials.Add(added);

        var ids = Enumerable.Range(0, 3).Select(_ => $"NCT3{random.Next(PagingDatabase.Matching):D7}").ToList();
        foreach (var trial in await db.Trials.Where(t => ids.Contains(t.RegistryId)).ToListAsync())
        {
            trial.BriefTitle += " (edited)";
            trial.LastUpdatePostDate = RegistryDate.Day(2026, 11, 25, DateType.Actual);
            trial.EnrollmentCount = random.Next(1000);
            trial.UpdatedAt = DateTimeOffset.UtcNow;
        }

        await db.SaveChangesAsync();
        return id;
    }
}
