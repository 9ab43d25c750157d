using Microsoft.EntityFrameworkCore;
using TrialRegistry.Import.Runs;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Tests.Import.Runs;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>
/// The index follows every committed change: its own process's writes by the next search, another
/// instance's by notification; rollbacks change nothing; a bulk change rebuilds it. Each test checks
/// the index against the SQL counts of the same moment.
/// </summary>
public sealed class FacetIndexInvalidationTests(FacetCorpusDatabase corpus) : IClassFixture<FacetCorpusDatabase>
{
    [Fact]
    public async Task A_saved_status_change_is_counted_by_the_next_search()
    {
        await using var running = await RunningFacetIndex.StartAsync(corpus);
        var recruiting = new TrialSearchQuery { Statuses = [OverallStatus.Recruiting] };
        var before = await running.SqlCountAsync(recruiting);

        await using (var db = running.CreateDbContext())
        {
            var trial = await db.Trials.OrderBy(t => t.Id).FirstAsync(t => t.OverallStatus != OverallStatus.Recruiting);
            trial.OverallStatus = OverallStatus.Recruiting;
            await db.SaveChangesAsync();
        }

        // At once: no waiting, no polling.
        var counted = await running.CountAsync(recruiting);
        Assert.NotNull(counted);
        Assert.Equal(before.Total + 1, counted.Value.Total);
        FacetComparison.AssertSame(await running.SqlCountAsync(recruiting), counted.Value, "after the save");
    }

    [Fact]
    public async Task A_new_last_update_or_title_reorders_the_next_search()
    {
        await using var running = await RunningFacetIndex.StartAsync(corpus);
        int changedId;
        await using (var db = running.CreateDbContext())
        {
            var trial = await db.Trials.OrderBy(t => t.Id).Skip(7).FirstAsync();
            trial.LastUpdatePostDate = RegistryDate.Day(2031, 1, 1);
            trial.BriefTitle = "Quixotic reordering " + trial.BriefTitle;
            await db.SaveChangesAsync();
            changedId = trial.Id;
        }

        // At once, from the index: newest first, and the new title word ranks it by its head.
        var index = await running.Host.GetFreshAsync(CancellationToken.None);
        Assert.NotNull(index);
        await using var read = corpus.CreateContext();
        var newest = await SearchTrials.RunAsync(read, new TrialSearchQuery { Sort = TrialSort.LastUpdate, PageSize = 3, IncludeFacets = false }, index);
        Assert.Equal(changedId, newest.Hits[0].Id);
        var titled = await SearchTrials.RunAsync(read, new TrialSearchQuery { Text = "quixotic study", PageSize = 50, IncludeFacets = false }, index);
        var sql = await SearchTrials.RunAsync(read, new TrialSearchQuery { Text = "quixotic study", PageSize = 50, IncludeFacets = false }, facetIndex: null);
        Assert.Equal(changedId, titled.Hits[0].Id);
        Assert.Equal(sql.Hits.Select(h => h.Id), titled.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task An_import_is_counted_by_the_next_search()
    {
        await using var running = await RunningFacetIndex.StartAsync(corpus);
        var everything = new TrialSearchQuery();
        var before = await running.SqlCountAsync(everything);

        var studies = Enumerable.Range(0, 3).Select(i => (object)ImportItems.Study(nctId: $"NCT9501000{i}")).ToArray();
        var result = await RunImport.RunAsync(
            running,
            ImportItems.Read(studies),
            new ImportOptions(ImportOptions.CommandLine, ["studies.json"], ["ctgov-v2-json"]) { Today = new DateOnly(2018, 1, 15) },
            CancellationToken.None);
        Assert.Equal(3, result.Report.Lines.Count(l => l.Outcome == ImportOutcome.New));

        var counted = await running.CountAsync(everything);
        Assert.NotNull(counted);
        Assert.Equal(before.Total + 3, counted.Value.Total);
        FacetComparison.AssertSame(await running.SqlCountAsync(everything), counted.Value, "after the import");
    }

    [Fact]
    public async Task Deletes_condition_changes_and_sponsor_classes_are_followed()
    {
        await using var running = await RunningFacetIndex.StartAsync(corpus);
        await using (var db = running.CreateDbContext())
        {
            var trial = await db.Trials.Include(t => t.Conditions).OrderByDescending(t => t.Id).FirstAsync(t => t.RegistryId.StartsWith("NCT3"));
            db.Trials.Remove(trial);
            var other = await db.Trials.Include(t => t.Conditions).OrderBy(t => t.Id).FirstAsync(t => t.RegistryId.StartsWith("NCT3"));
            other.Conditions.Clear();
            await db.SaveChangesAsync();

            var sponsor = await db.Organizations.OrderBy(o => o.Id).FirstAsync(o => o.Name.StartsWith("Corpus Sponsor"));
            sponsor.Class = sponsor.Class == OrganizationClass.Fed ? OrganizationClass.Indiv : OrganizationClass.Fed;
            await db.SaveChangesAsync();
        }

        foreach (var query in new[]
        {
            new TrialSearchQuery(),
            new TrialSearchQuery { SponsorClasses = [OrganizationClass.Fed] },
            new TrialSearchQuery { ConditionIds = [corpus.ConditionIds[0], corpus.ConditionIds[1]] },
        })
        {
            var counted = await running.CountAsync(query);
            Assert.NotNull(counted);
            FacetComparison.AssertSame(await running.SqlCountAsync(query), counted.Value, "after deletes and a class change");
        }
    }

    [Fact]
    public async Task A_searched_text_is_searched_again_after_a_change_of_a_description_alone()
    {
        await using var running = await RunningFacetIndex.StartAsync(corpus);
        var lookedFor = new TrialSearchQuery { Text = "axolotl", PageSize = 50 };
        var broad = new TrialSearchQuery { Text = "cancer", PageSize = 50 };

        // Searched once, the matches are kept for the generation: an empty one too.
        var index = await running.Host.GetFreshAsync(CancellationToken.None);
        Assert.NotNull(index);
        await using (var read = corpus.CreateContext())
        {
            Assert.Empty((await SearchTrials.RunAsync(read, lookedFor, index)).Hits);
            var first = await SearchTrials.RunAsync(read, broad, index);
            var again = await SearchTrials.RunAsync(read, broad, index);
            Assert.NotNull(index.CachedTextMatches("cancer"));
            Assert.Equal(first.Hits.Select(h => h.Id), again.Hits.Select(h => h.Id));
            Assert.Equal(first.Total, again.Total);
        }

        // Neither the title nor a facet: only the words of the description (trials.search_vector is
        // generated from them), so only trial_search_text's trigger can tell the index.
        int changedId;
        await using (var db = running.CreateDbContext())
        {
            var trial = await db.Trials.OrderBy(t => t.Id).Skip(11).FirstAsync();
            trial.DetailedDescription = "Axolotl regeneration, studied in the clinic";
            await db.SaveChangesAsync();
            changedId = trial.Id;
        }

        index = await running.Host.GetFreshAsync(CancellationToken.None);
        Assert.NotNull(index);
        Assert.Null(index.CachedTextMatches("axolotl"));
        await using (var read = corpus.CreateContext())
        {
            var found = await SearchTrials.RunAsync(read, lookedFor, index);
            Assert.Equal([changedId], found.Hits.Select(h => h.Id));
            Assert.Equal(1, found.Total);

            // And the index agrees with the SQL path for the broad word too.
            var indexed = await SearchTrials.RunAsync(read, broad, index);
            var sql = await SearchTrials.RunAsync(read, broad, facetIndex: null);
            Assert.Equal(sql.Hits.Select(h => h.Id), indexed.Hits.Select(h => h.Id));
            Assert.Equal(sql.Total, indexed.Total);
        }
    }

    [Fact]
    public async Task A_rolled_back_change_changes_nothing()
    {
        await using var running = await RunningFacetIndex.StartAsync(corpus);
        var everything = new TrialSearchQuery();
        var before = await running.CountAsync(everything);

        await using (var db = running.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Trials.ExecuteUpdateAsync(s => s.SetProperty(t => t.OverallStatus, OverallStatus.Withheld));
            await transaction.RollbackAsync();

            // A committed write after it: once this one is counted, the rollback had its chance to be too.
            var trial = await db.Trials.OrderBy(t => t.Id).FirstAsync();
            trial.HasResults = !trial.HasResults;
            await db.SaveChangesAsync();
        }

        var after = await running.CountAsync(everything);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(before.Value.Facets.Statuses, after.Value.Facets.Statuses);
        FacetComparison.AssertSame(await running.SqlCountAsync(everything), after.Value, "after the rollback");
    }

    [Fact]
    public async Task Another_instance_sees_the_write_and_a_bulk_change_rebuilds_both()
    {
        await using var first = await RunningFacetIndex.StartAsync(corpus);
        await using var second = await RunningFacetIndex.StartAsync(corpus);
        var completed = new TrialSearchQuery { Statuses = [OverallStatus.Completed], Text = "cancer" };

        await using (var db = first.CreateDbContext())
        {
            var trial = await db.Trials.OrderBy(t => t.Id).FirstAsync(t => t.OverallStatus != OverallStatus.Completed && t.BriefTitle.Contains("cancer"));
            trial.OverallStatus = OverallStatus.Completed;
            await db.SaveChangesAsync();
        }

        await second.WaitUntilSameAsSqlAsync(completed);
        Assert.Equal(1, second.Host.Builds);

        // More than 5,000 row changes in one transaction: one "*" and a rebuild instead of patches.
        await using (var db = second.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var round = 0; round < 8; round++)
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE trial_condition SET condition_id = condition_id");
            }

            await db.Trials.Where(t => t.OverallStatus == OverallStatus.Unknown).ExecuteUpdateAsync(s => s.SetProperty(t => t.OverallStatus, OverallStatus.Suspended));
            await transaction.CommitAsync();
        }

        var suspended = new TrialSearchQuery { Statuses = [OverallStatus.Suspended] };
        await first.WaitUntilSameAsSqlAsync(suspended);
        await second.WaitUntilSameAsSqlAsync(suspended);
        Assert.True(first.Host.Builds >= 2, $"the first instance built {first.Host.Builds} times");
        Assert.True(second.Host.Builds >= 2, $"the second instance built {second.Host.Builds} times");
    }
}
