using Microsoft.EntityFrameworkCore;
using TrialRegistry.Benchmarks;
using TrialRegistry.Benchmarks.Import;
using TrialRegistry.Benchmarks.Search;
using TrialRegistry.Data;
using TrialRegistry.Generation;
using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.Search;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Benchmarks;

/// <summary>
/// The `make bench` harness at 2,000 studies on the test server (issue 8, deliverable 4): every
/// piece runs, and each baseline stands for the same rows as the real path: the EF Core load writes
/// the same trials as our importer, raw COPY reproduces every table's row count, the ILIKE baseline
/// finds every trial the full-text search finds for unstemmed single words, and the captured SQL of
/// a search runs bare through pgbench. No timing is asserted.
/// </summary>
public sealed class BenchHarnessSmokeTests(PostgresDatabase ours) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const int Size = 2000;

    private readonly string corpus = Directory.CreateTempSubdirectory("trialregistry-bench-smoke-").FullName;
    private readonly EmptyPostgresDatabase efDatabase = new();
    private readonly EmptyPostgresDatabase copyDatabase = new();

    public async Task InitializeAsync()
    {
        await efDatabase.InitializeAsync();
        await copyDatabase.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await efDatabase.DisposeAsync();
        await copyDatabase.DisposeAsync();
        Directory.Delete(corpus, recursive: true);
    }

    [Fact]
    public async Task The_harness_runs_and_its_baselines_stand_for_the_same_rows_as_the_real_path()
    {
        // Corpus: studies, products and linked records of every kind.
        var written = CorpusWriter.Write(corpus, Size);
        Assert.All(Enum.GetValues<LinkedRecordCsvKind>(), kind => Assert.True(written.LinkedRecords[kind] > 0, $"no {kind} generated"));

        // Our importer, after the products are registered: every study new, interventions linked to products.
        Assert.Equal(written.Products, await ProductSeeding.SeedAsync(Database.Options(ours.ConnectionString), corpus));
        var import = await ImportFileCommand.ImportAsync(ours.ConnectionString, Path.Combine(corpus, CorpusFiles.Studies));
        Assert.True(import.Succeeded, import.Summary);
        Assert.Equal((Size, Size), (import.New, import.StudiesRead));
        Assert.Equal(Size, import.RowsByTable["trials"]);
        await using (var db = ours.CreateContext())
        {
            Assert.True(await db.Set<Intervention>().CountAsync(i => i.ProductId != null) > 0, "no intervention linked to a generated product");
        }

        // Raw COPY into an empty database with the same schema reproduces every table's rows.
        var copy = await RawCopyCommand.RunAsync(
            ours.ConnectionString, copyDatabase.ConnectionString, Path.Combine(corpus, "copy"), "psql", import.RowsByTable.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Empty(copy.MismatchedTables);
        Assert.Equal(await RowCounts.ReadAsync(ours.ConnectionString), await RowCounts.ReadAsync(copyDatabase.ConnectionString));
        // trial_search_text and the names' counts are not copied: triggers fill them (their counts are compared above).
        Assert.Equal(import.RowsByTable.Keys.Where(t => !RawCopyCommand.TriggerFilled.Contains(t)).Order(), copy.Tables.Where(t => t.Timed).Select(t => t.Table).Order());

        // The linked-record CSVs import whole (every name in them is registered), then the unchanged corpus again.
        var linked = await ImportLinkedCommand.ImportAsync(ours.ConnectionString, corpus);
        Assert.All(linked.Kinds, kind => Assert.True(kind.Committed && kind.Invalid == 0 && kind.New == kind.Rows, $"{kind.Kind}: {kind.Error} {string.Join(" / ", kind.FirstProblems)}"));
        Assert.Equal(written.LinkedRecords.Values.Sum(), linked.Records);
        var again = await ImportFileCommand.ImportAsync(ours.ConnectionString, Path.Combine(corpus, CorpusFiles.Studies));
        Assert.Equal(Size, again.Unchanged);

        // The EF Core baseline loads the same trials with the same child rows.
        await LoadCommand.RunAsync(efDatabase.ConnectionString, Size, StudyGenerator.DefaultSeed, 500, Path.Combine(corpus, "ef.json"));
        Assert.Equal(await TrialShapesAsync(ours), await TrialShapesAsync(efDatabase));

        // The ILIKE baseline finds every trial the full-text search finds for single unstemmed words.
        await using (var db = ours.CreateContext())
        {
            foreach (var word in new[] { "lupus", "pembrolizumab", "melanoma" })
            {
                var query = new TrialSearchQuery { Text = word, Countries = word == "melanoma" ? ["United States"] : [] };
                var found = await AllIdsAsync(db, query);
                var naive = await NaiveSearch.IdsAsync(db, query);
                Assert.NotEmpty(found);
                Assert.Subset(naive.ToHashSet(), found.ToHashSet());
                Assert.Equal(naive.Count, (await NaiveSearch.RunAsync(db, query)).Total);
            }
        }

        // The bare SQL of a search (captured from EF Core, parameters inlined) runs through pgbench.
        foreach (var query in new TrialSearchQuery[]
        {
            new() { Text = "cancer", Statuses = [OverallStatus.Recruiting], Phases = [Phase.Phase2] },
            new() { Countries = ["France"], StartYearFrom = 2015, StartYearTo = 2020, Sort = TrialSort.StartDate },
            new() { Text = StudyGenerator.NctIdOf(7) },
        })
        {
            var script = await SqlCapture.ScriptAsync(ours.ConnectionString, query, index: null);
            Assert.DoesNotMatch("@[A-Za-z_]", script);
            Assert.Equal(2, (await BareSql.TimeAsync(PgBench(), ours.ConnectionString, script, 2, Path.Combine(corpus, "sql"))).Count);
        }
    }

    /// <summary>Each trial's id, title, status and child row counts.</summary>
    private static async Task<List<string>> TrialShapesAsync(PostgresDatabase database)
    {
        await using var db = database.CreateContext();
        var shapes = await db.Trials.OrderBy(t => t.RegistryId)
            .Select(t => new { t.RegistryId, t.BriefTitle, t.OverallStatus, Locations = t.Locations.Count, Interventions = t.Interventions.Count, Conditions = t.Conditions.Count, Outcomes = t.Outcomes.Count })
            .ToListAsync();
        return shapes.Select(s => s.ToString()!).ToList();
    }

    private static async Task<List<int>> AllIdsAsync(RegistryDbContext db, TrialSearchQuery query)
    {
        var ids = new List<int>();
        string? cursor = null;
        do
        {
            var page = await SearchTrials.RunAsync(db, query with { PageSize = TrialSearchQuery.MaxPageSize, After = cursor, IncludeFacets = false });
            ids.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return ids;
    }

    private static string PgBench()
    {
        var directories = new[] { Environment.GetEnvironmentVariable("PG_BIN") }
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")) : []);
        return directories.Where(d => !string.IsNullOrEmpty(d)).Select(d => Path.Combine(d!, "pgbench")).FirstOrDefault(File.Exists) ?? "pgbench";
    }
}
