using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;
using TrialRegistry.Products;
using TrialRegistry.Testing;
using TrialRegistry.Tests.Import.Runs;
using TrialRegistry.Tests.Search.Facets;
using TrialRegistry.TrialCounts;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.TrialCounts;

/// <summary>
/// The name indexes' stored trial counts (docs/decisions/0027-trial-counts.md) equal a recount from
/// the rows after every kind of write, once refreshed; writes only leave marks, so two writers of the
/// same name never wait for each other; rollbacks leave nothing.
/// </summary>
public sealed class TrialCountRefreshTests(FacetCorpusDatabase corpus) : IClassFixture<FacetCorpusDatabase>
{
    [Fact]
    public async Task The_migration_counts_every_name_of_the_corpus()
    {
        await using var db = corpus.CreateContext();
        await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);

        await AssertCountsAreExactAsync(db);
        Assert.Equal(corpus.SponsorIds.Count, await db.Set<OrganizationTrialCount>().CountAsync(c => corpus.SponsorIds.Contains(c.OrganizationId) && c.LeadTrials > 0));
    }

    [Fact]
    public async Task Saves_moves_deletes_and_imports_are_recounted_exactly()
    {
        var sponsors = corpus.SponsorIds;
        await using (var db = corpus.CreateContext())
        {
            // A new trial with a new sponsor, a new condition, and one product named by two interventions.
            var product = await db.Products.SingleAsync(p => p.Id == corpus.ProductIds[0]);
            var condition = new Condition { Name = "Counted condition", NormalizedName = NameNormalizer.Normalize("Counted condition") };
            var trial = TestTrials.New("NCT89000001", TestTrials.Sponsor("Counted Sponsor"));
            trial.Conditions.Add(new TrialCondition { Condition = condition });
            trial.Interventions.Add(new Intervention { Name = "Dose 1", Type = InterventionType.Drug, Product = product });
            trial.Interventions.Add(new Intervention { Name = "Dose 2", Type = InterventionType.Drug, Product = product });
            db.Trials.Add(trial);
            await db.SaveChangesAsync();

            // A trial moves to another sponsor, loses a condition, and an intervention changes product.
            var moved = await db.Trials.Include(t => t.Conditions).Include(t => t.Interventions)
                .OrderBy(t => t.Id).FirstAsync(t => t.RegistryId.StartsWith("NCT3") && t.Conditions.Count > 1 && t.Interventions.Any(i => i.ProductId != null));
            moved.LeadSponsorId = sponsors.First(s => s != moved.LeadSponsorId);
            moved.Conditions.Remove(moved.Conditions.First());
            var intervention = moved.Interventions.First(i => i.ProductId != null);
            intervention.ProductId = corpus.ProductIds.First(p => p != intervention.ProductId);
            await db.SaveChangesAsync();

            // A trial is deleted with its conditions and interventions.
            var deleted = await db.Trials.OrderByDescending(t => t.Id).FirstAsync(t => t.RegistryId.StartsWith("NCT3") && t.Interventions.Any(i => i.ProductId != null));
            db.Trials.Remove(deleted);
            await db.SaveChangesAsync();
        }

        // An import writes through COPY, in one statement per table and batch.
        var studies = Enumerable.Range(0, 3).Select(i => (object)ImportItems.Study(nctId: $"NCT3950000{i}")).ToArray();
        var imported = await RunImport.RunAsync(
            new TestDbFactory(corpus),
            ImportItems.Read(studies),
            new ImportOptions(ImportOptions.CommandLine, ["studies.json"], ["ctgov-v2-json"]) { Today = new DateOnly(2018, 1, 15) },
            CancellationToken.None);
        Assert.Equal(3, imported.Report.Lines.Count(l => l.Outcome == ImportOutcome.New));

        await using (var db = corpus.CreateContext())
        {
            Assert.True(await MarksAsync(db) > 0, "The writes left no marks.");
            await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);

            Assert.Equal(0, await MarksAsync(db));
            await AssertCountsAreExactAsync(db);
            var counted = await db.Organizations.Where(o => o.Name == "Counted Sponsor")
                .Join(db.Set<OrganizationTrialCount>(), o => o.Id, c => c.OrganizationId, (o, c) => c.LeadTrials).SingleAsync();
            Assert.Equal(1, counted);
        }
    }

    [Fact]
    public async Task Two_open_writes_to_the_same_names_do_not_wait_for_each_other()
    {
        var sponsor = corpus.SponsorIds[3];
        var condition = corpus.ConditionIds[3];
        int before;
        await using (var db = corpus.CreateContext())
        {
            await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);
            before = await db.Set<OrganizationTrialCount>().Where(c => c.OrganizationId == sponsor).Select(c => c.LeadTrials).SingleAsync();
        }

        await using var first = corpus.CreateContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await InsertTrialAsync(first, "NCT39100001", sponsor, condition);

        // Were the count kept by the writes themselves, this insert would wait for the first transaction
        // (forever: it stays open); the lock timeout turns such a wait into a failure instead of a hang.
        await using (var second = corpus.CreateContext())
        {
            await second.Database.OpenConnectionAsync();
            await second.Database.ExecuteSqlRawAsync("SET lock_timeout = '60s'");
            await InsertTrialAsync(second, "NCT39100002", sponsor, condition);
        }

        await firstTransaction.CommitAsync();
        await using (var db = corpus.CreateContext())
        {
            await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);
            Assert.Equal(before + 2, await db.Set<OrganizationTrialCount>().Where(c => c.OrganizationId == sponsor).Select(c => c.LeadTrials).SingleAsync());
            await AssertCountsAreExactAsync(db);
        }
    }

    [Fact]
    public async Task A_rolled_back_write_leaves_no_mark_and_no_count()
    {
        await using (var db = corpus.CreateContext())
        {
            await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);
        }

        await using (var writer = corpus.CreateContext())
        {
            await using var transaction = await writer.Database.BeginTransactionAsync();
            await InsertTrialAsync(writer, "NCT39200001", corpus.SponsorIds[4], corpus.ConditionIds[4]);
            await transaction.RollbackAsync();
        }

        await using (var db = corpus.CreateContext())
        {
            Assert.Equal(0, await MarksAsync(db));
            await AssertCountsAreExactAsync(db);
        }
    }

    [Fact]
    public async Task A_new_name_is_counted_zero_at_once_and_a_truncate_recounts_every_name()
    {
        await using var db = corpus.CreateContext();
        var product = new Product { Name = "Uncounted product", NormalizedName = NameNormalizer.Normalize("Uncounted product"), Type = ProductType.SmallMolecule };
        db.Products.Add(product);
        await db.SaveChangesAsync();

        // Without a refresh: the row comes with the name.
        Assert.Equal(0, await db.Set<ProductTrialCount>().Where(c => c.ProductId == product.Id).Select(c => c.Trials).SingleAsync());

        // TRUNCATE fires no row triggers: it marks every condition, and the refresh in the same
        // transaction counts them all to zero (rolled back, so the corpus stays for the other tests).
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("TRUNCATE trial_condition");
        await TrialCountRefresh.RunAsync(db, CancellationToken.None);
        Assert.Equal(0, await db.Set<ConditionTrialCount>().SumAsync(c => c.Trials));
        await transaction.RollbackAsync();
    }

    private static async Task InsertTrialAsync(RegistryDbContext db, string registryId, int sponsorId, int conditionId)
    {
        var sponsor = await db.Organizations.SingleAsync(o => o.Id == sponsorId);
        var trial = TestTrials.New(registryId, sponsor);
        trial.Conditions.Add(new TrialCondition { ConditionId = conditionId });
        db.Trials.Add(trial);
        await db.SaveChangesAsync();
    }

    private static Task<int> MarksAsync(RegistryDbContext db)
        => db.Database.SqlQuery<int>($"SELECT count(*)::integer AS \"Value\" FROM trial_count_marks").SingleAsync();

    /// <summary>Every name's stored count equals a count of its rows now: the reference the refresh must reach.</summary>
    private static async Task AssertCountsAreExactAsync(RegistryDbContext db)
    {
        var organizations = await db.Organizations
            .Select(o => new { o.Id, Trials = db.Trials.Count(t => t.LeadSponsorId == o.Id) }).OrderBy(o => o.Id).ToListAsync();
        var storedOrganizations = await db.Set<OrganizationTrialCount>().OrderBy(c => c.OrganizationId).Select(c => new { Id = c.OrganizationId, Trials = c.LeadTrials }).ToListAsync();
        Assert.Equal(organizations, storedOrganizations);

        var conditions = await db.Conditions
            .Select(c => new { c.Id, Trials = db.Set<TrialCondition>().Count(tc => tc.ConditionId == c.Id) }).OrderBy(c => c.Id).ToListAsync();
        var storedConditions = await db.Set<ConditionTrialCount>().OrderBy(c => c.ConditionId).Select(c => new { Id = c.ConditionId, c.Trials }).ToListAsync();
        Assert.Equal(conditions, storedConditions);

        var products = await db.Products
            .Select(p => new { p.Id, Trials = db.Interventions.Where(i => i.ProductId == p.Id).Select(i => i.TrialId).Distinct().Count() })
            .OrderBy(p => p.Id).ToListAsync();
        var storedProducts = await db.Set<ProductTrialCount>().OrderBy(c => c.ProductId).Select(c => new { Id = c.ProductId, c.Trials }).ToListAsync();
        Assert.Equal(products, storedProducts);
    }
}
