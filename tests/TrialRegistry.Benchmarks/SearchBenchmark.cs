using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Benchmarks.Search;
using TrialRegistry.Data;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;

namespace TrialRegistry.Benchmarks;

/// <summary>
/// Times the fixed query mix through <see cref="SearchTrials.RunAsync"/> with facet counts, as the
/// search page calls it (a fresh DbContext per search, server-side time only): a warm-up pass, then
/// every query <c>repeat</c> times, round-robin so that no query runs on a cache its twin just warmed.
/// Deep paging compares page 1 with page 1000 (20 rows a page; the last page when there are fewer) of five searches, reached by walking
/// the keyset cursors once, with and without facet counts. The same queries also run as the naive
/// ILIKE baseline (<see cref="NaiveSearch"/>, text queries only) and as the bare SQL of our plan
/// through pgbench (<see cref="SqlCapture"/>, <see cref="BareSql"/>).
/// </summary>
internal static class SearchBenchmark
{
    public const int DeepPage = 1000;

    // The facet index the searches count with (null: the SQL path).
    private static FacetIndexHost? host;

    // BENCH_TEXT_CACHE=0: every search reads its text's matches from PostgreSQL, as a text searched for
    // the first time since the last change does (the app keeps them per generation: FacetIndex.TextMatches.cs).
    private static readonly bool TextCacheOff = Environment.GetEnvironmentVariable("BENCH_TEXT_CACHE") == "0";
    private const int PageSize = 20;

    public static async Task<int> RunAsync(string connectionString, int size, int repeat, string? output, string? loadJson, int naiveRepeat = 3, string? pgbench = null, string? workDirectory = null)
    {
        var options = Database.Options(connectionString);
        List<BenchQuery> queries;
        List<BenchQuery> deep;
        await using (var db = new RegistryDbContext(options))
        {
            size = size > 0 ? size : await db.Trials.CountAsync();
            (queries, deep) = await BenchQueries.BuildAsync(db, size);
        }

        var machine = await MachineInfo.CollectAsync(options);
        Console.WriteLine($"search benchmark: {size} trials, {queries.Count} queries x {repeat} + {deep.Count} deep-paging pairs; {machine.Summary}");

        // The facet index, as the app builds and follows it; BENCH_FACET_INDEX=0 measures the SQL path instead.
        await using var facetIndex = Environment.GetEnvironmentVariable("BENCH_FACET_INDEX") == "0" ? null : await FacetIndexBench.StartAsync(connectionString);
        host = facetIndex?.Host;
        if (facetIndex is { Figures: var f })
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"facet index: {f.Trials} trials built in {f.BuildSeconds:F1} s; managed heap +{f.ManagedHeapAddedMiB:F0} MiB, RSS +{f.RssAddedMiB:F0} MiB (arrays ~{f.ArraysMiB:F0} MiB); commit to visible {string.Join(", ", f.CommitToVisibleMs.Select(ms => ms.ToString("F1", CultureInfo.InvariantCulture)))} ms"));
        }

        // Warm-up: JIT, plan caches, the heap and indexes into shared buffers / page cache.
        foreach (var query in queries)
        {
            await TimeAsync(options, query.Query);
            await TimeAsync(options, query.Query);
        }

        var samples = queries.ToDictionary(q => q, _ => new List<double>());
        var totals = new Dictionary<BenchQuery, int>();
        for (var round = 0; round < repeat; round++)
        {
            foreach (var query in queries)
            {
                var (ms, total) = await TimeAsync(options, query.Query);
                samples[query].Add(ms);
                totals[query] = total;
            }
        }

        // Each query's figures now, so that a run stopped later still tells them.
        foreach (var query in queries)
        {
            var stats = Stats.Of(samples[query]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query.Class} | {query.Name}: {totals[query]} matches, p50 {stats.P50:F1} ms, p95 {stats.P95:F1} ms"));
        }

        var paging = new List<DeepPagingResult>();
        foreach (var query in deep)
        {
            paging.Add(await DeepPagingAsync(options, query, repeat));
        }

        // The naive baseline: text queries only (identifiers are index lookups either way).
        var naive = new Dictionary<BenchQuery, (Stats Stats, int Total)>();
        foreach (var query in queries.Where(q => q.Query.HasText && q.Class != BenchQueries.Identifier))
        {
            var naiveSamples = new List<double>();
            var naiveTotal = 0;
            // BENCH_NAIVE_WARMUP=0 times the first run too (at 1M one ILIKE run takes ~20 s; a sequential
            // scan gains little from a warm-up).
            var warmups = Environment.GetEnvironmentVariable("BENCH_NAIVE_WARMUP") == "0" ? 0 : 1;
            for (var round = 1 - warmups; round <= naiveRepeat; round++)
            {
                var watch = Stopwatch.StartNew();
                await using var db = new RegistryDbContext(options);
                naiveTotal = (await NaiveSearch.RunAsync(db, query.Query)).Total;
                if (round > 0)
                {
                    naiveSamples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            naive[query] = (Stats.Of(naiveSamples), naiveTotal);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ILIKE {query.Name}: {naiveTotal} matches (ours {totals[query]}), p50 {naive[query].Stats.P50:F0} ms"));
        }

        // The bare SQL of our plan, captured from EF Core and run by pgbench.
        var bare = new Dictionary<BenchQuery, Stats>();
        if (pgbench is not null)
        {
            var work = workDirectory ?? Path.Combine(Path.GetTempPath(), "trialregistry-bench-sql");
            foreach (var (query, index) in queries.Select((q, i) => (q, i)))
            {
                var script = await SqlCapture.ScriptAsync(connectionString, query.Query, host is null ? null : await host.GetFreshAsync(CancellationToken.None));
                var directory = Path.Combine(work, index.ToString("D2", CultureInfo.InvariantCulture));
                var times = await BareSql.TimeAsync(pgbench, connectionString, script, repeat + 1, directory);
                bare[query] = Stats.Of(times.Skip(1).ToList());
            }
        }

        var perQuery = queries.Select(q => new QueryResult(
            q.Class, q.Name, totals[q], Stats.Of(samples[q]),
            naive.TryGetValue(q, out var n) ? n.Total : null, naive.TryGetValue(q, out var ns) ? ns.Stats : null,
            bare.GetValueOrDefault(q))).ToList();
        var textQueries = queries.Where(naive.ContainsKey).ToList();
        var baselines = new Baselines(
            textQueries.Count,
            Stats.Of(textQueries.SelectMany(q => samples[q]).ToList()),
            Stats.Of(textQueries.Select(q => naive[q].Stats.P50).ToList()),
            Stats.Of(textQueries.Select(q => naive[q].Stats.P50).ToList()).P95 / Math.Max(0.001, Stats.Of(textQueries.Select(q => Stats.Of(samples[q]).P50).ToList()).P95),
            bare.Count > 0 ? Stats.Of(bare.Values.Select(b => b.P50).ToList()) : null,
            bare.Count > 0 ? Stats.Of(queries.Select(q => Stats.Of(samples[q]).P50).ToList()) : null);
        var perClass = queries.GroupBy(q => q.Class)
            .Select(g => new ClassResult(g.Key, g.Count(), Stats.Of(g.SelectMany(q => samples[q]).ToList())))
            .ToList();
        var overall = Stats.Of(queries.SelectMany(q => samples[q]).ToList());

        var report = new JsonObject
        {
            ["size"] = size,
            ["repeat"] = repeat,
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = JsonSerializer.SerializeToNode(machine, Json.Options),
            ["loadAverageAtEnd"] = MachineInfo.ReadLoadAverage(),
            ["load"] = loadJson is not null && File.Exists(loadJson) ? JsonNode.Parse(await File.ReadAllTextAsync(loadJson)) : null,
            ["overall"] = JsonSerializer.SerializeToNode(overall, Json.Options),
            ["classes"] = JsonSerializer.SerializeToNode(perClass, Json.Options),
            ["deepPaging"] = JsonSerializer.SerializeToNode(paging, Json.Options),
            ["baselines"] = JsonSerializer.SerializeToNode(baselines, Json.Options),
            ["queries"] = JsonSerializer.SerializeToNode(perQuery, Json.Options),
            ["facetIndex"] = facetIndex is null ? null : JsonSerializer.SerializeToNode(facetIndex.Figures, Json.Options),
        };
        output ??= Path.Combine("artifacts", "bench", string.Create(CultureInfo.InvariantCulture, $"search-{size}.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report.ToJsonString(Json.Options));

        Console.WriteLine();
        Console.WriteLine(Markdown(size, machine, perClass, overall, paging, perQuery, loadJson));
        Console.WriteLine($"load average at the end: {MachineInfo.ReadLoadAverage()}");
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    private static async Task<(double Ms, int Total)> TimeAsync(DbContextOptions<RegistryDbContext> options, TrialSearchQuery query)
    {
        var watch = Stopwatch.StartNew();
        await using var db = new RegistryDbContext(options);
        var index = host is null ? null : await host.GetFreshAsync(CancellationToken.None);
        if (TextCacheOff)
        {
            index?.ForgetTextMatches();
        }

        var result = await SearchTrials.RunAsync(db, query, index);
        return (watch.Elapsed.TotalMilliseconds, result.Total);
    }

    private static async Task<DeepPagingResult> DeepPagingAsync(DbContextOptions<RegistryDbContext> options, BenchQuery benchQuery, int repeat)
    {
        // Walk the cursors to the row before page 500 (100 rows a step, then 20): a cursor only
        // holds the last row's sort key and id, whatever the page size.
        var target = (DeepPage - 1) * PageSize;
        var walked = 0;
        string? cursor = null;
        var total = 0;
        while (walked < target)
        {
            var step = Math.Min(TrialSearchQuery.MaxPageSize, target - walked);
            await using var db = new RegistryDbContext(options);
            var index = host is null ? null : await host.GetFreshAsync(CancellationToken.None);
            var page = await SearchTrials.RunAsync(db, benchQuery.Query with { PageSize = step, After = cursor, IncludeFacets = false }, index);
            total = page.Total;
            if (page.NextCursor is null)
            {
                break;
            }

            walked += page.Hits.Count;
            cursor = page.NextCursor;
        }

        var reached = walked / PageSize + 1;
        var first = benchQuery.Query with { PageSize = PageSize, IncludeFacets = false };
        var deepQuery = first with { After = cursor };
        var firstWithFacets = first with { IncludeFacets = true };
        var deepWithFacets = deepQuery with { IncludeFacets = true };

        var samples = new[] { new List<double>(), new List<double>(), new List<double>(), new List<double>() };
        var warm = new[] { first, deepQuery, firstWithFacets, deepWithFacets };
        foreach (var query in warm)
        {
            await TimeAsync(options, query);
        }

        for (var round = 0; round < Math.Max(repeat, 10); round++)
        {
            for (var i = 0; i < warm.Length; i++)
            {
                samples[i].Add((await TimeAsync(options, warm[i])).Ms);
            }
        }

        return new DeepPagingResult(benchQuery.Name, total, reached, Stats.Of(samples[0]), Stats.Of(samples[1]), Stats.Of(samples[2]), Stats.Of(samples[3]));
    }

    private static string Markdown(int size, MachineInfo machine, List<ClassResult> classes, Stats overall, List<DeepPagingResult> paging, List<QueryResult> queries, string? loadJson)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"### Search at {size:N0} trials ({machine.Summary})");
        if (loadJson is not null && File.Exists(loadJson))
        {
            var load = JsonNode.Parse(File.ReadAllText(loadJson))!;
            text.AppendLine();
            text.AppendLine(inv, $"Load: {load["size"]} studies in {load["seconds"]!.GetValue<double>():F1} s = {load["studiesPerSecond"]!.GetValue<double>():F0} studies/s, {load["rowsPerSecond"]!.GetValue<double>():F0} rows/s (importer path: CtGovStudyMapper + EntityResolver + SaveChanges, batches of {load["batchSize"]}), peak working set {load["peakWorkingSetMiB"]!.GetValue<double>():F0} MiB");
        }

        text.AppendLine();
        text.AppendLine("| class | queries | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var c in classes)
        {
            text.AppendLine(inv, $"| {c.Class} | {c.Queries} | {c.Stats.P50:F1} | {c.Stats.P95:F1} | {c.Stats.P99:F1} | {c.Stats.Max:F1} |");
        }

        text.AppendLine(inv, $"| **overall** | {classes.Sum(c => c.Queries)} | {overall.P50:F1} | {overall.P95:F1} | {overall.P99:F1} | {overall.Max:F1} |");
        text.AppendLine();
        text.AppendLine(inv, $"| deep paging (20 a page) | matches | page | p1 p50 ms | deep p50 ms | ratio | p1+facets p50 | deep+facets p50 | ratio |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in paging)
        {
            text.AppendLine(inv, $"| {p.Name} | {p.Total} | {p.DeepPageReached} | {p.FirstPage.P50:F1} | {p.DeepPage.P50:F1} | {p.DeepPage.P50 / p.FirstPage.P50:F2} | {p.FirstPageWithFacets.P50:F1} | {p.DeepPageWithFacets.P50:F1} | {p.DeepPageWithFacets.P50 / p.FirstPageWithFacets.P50:F2} |");
        }

        text.AppendLine();
        text.AppendLine("| class | query | matches | p50 ms | p95 ms | bare SQL p50 ms | ILIKE matches | ILIKE p50 ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var q in queries)
        {
            text.AppendLine(inv, $"| {q.Class} | {q.Name.Replace("|", "\\|", StringComparison.Ordinal)} | {q.Total} | {q.Stats.P50:F1} | {q.Stats.P95:F1} | {q.BareSql?.P50.ToString("F1", inv) ?? "-"} | {q.IlikeTotal?.ToString(inv) ?? "-"} | {q.Ilike?.P50.ToString("F0", inv) ?? "-"} |");
        }

        return text.ToString();
    }
}

internal sealed record Stats(int Samples, double Mean, double P50, double P95, double P99, double Max)
{
    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0
            ? new Stats(0, 0, 0, 0, 0, 0)
            : new Stats(sorted.Length, sorted.Average(), Percentile(sorted, 0.5), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    // Nearest-rank percentile.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record QueryResult(string Class, string Name, int Total, Stats Stats, int? IlikeTotal, Stats? Ilike, Stats? BareSql);

/// <summary>
/// Ours against the baselines. Text: the queries with text (ours: every sample; ILIKE: each query's
/// median, as it runs few times) and the ratio of the p95 of per-query medians, ILIKE over ours.
/// Bare SQL: per-query medians of pgbench vs ours over the whole mix.
/// </summary>
internal sealed record Baselines(int TextQueries, Stats OursText, Stats IlikeTextMedians, double IlikeOverOursP95, Stats? BareSqlMedians, Stats? OursMedians);

internal sealed record ClassResult(string Class, int Queries, Stats Stats);

internal sealed record DeepPagingResult(string Name, int Total, int DeepPageReached, Stats FirstPage, Stats DeepPage, Stats FirstPageWithFacets, Stats DeepPageWithFacets);
