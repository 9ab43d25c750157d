using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrialRegistry.Benchmarks;

/// <summary>
/// `report`: gathers the figures every step of `make bench` wrote into its run directory (one JSON
/// file per step; a skipped step has none) into artifacts/bench/latest.json with the size and the
/// machine, adds the ratios the issue's targets are stated in, and prints the Markdown table.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] Steps =
    [
        "start", "corpus", "products", "import", "linked", "reimport", "ef", "rawcopy", "search",
        "http-trial-one", "http-search-one", "http-index-one", "http-product-one", "http-trial", "http-search", "http-index", "http-product", "http-ttfb", "memory",
        "http-trial-cached-one", "http-trial-cached", "http-ttfb-cached", "readers", "circuits",
    ];

    public static async Task<int> RunAsync(string connectionString, string runDirectory, int size, int seed, string output, IReadOnlyList<string> skipped)
    {
        var report = new JsonObject
        {
            ["size"] = size,
            ["seed"] = seed,
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = JsonSerializer.SerializeToNode(await MachineInfo.CollectAsync(Database.Options(connectionString)), Json.Options),
            ["loadAverageAtEnd"] = MachineInfo.ReadLoadAverage(),
            ["skipped"] = new JsonArray([.. skipped.Select(s => (JsonNode)JsonValue.Create(s)!)]),
        };
        foreach (var step in Steps)
        {
            var path = Path.Combine(runDirectory, step + ".json");
            report[Camel(step)] = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path)) : null;
        }

        report["ratios"] = Ratios(report);
        report["targets"] = new JsonArray([.. Targets(report).Select(t => JsonSerializer.SerializeToNode(t, Json.Options))]);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report.ToJsonString(Json.Options));
        Console.WriteLine(Markdown(report));
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    private static string Camel(string step)
        => string.Concat(step.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    private static double? Number(JsonNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node?[key];
        }

        return node is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
    }

    private static double? Divide(double? a, double? b) => a is { } x && b is { } y && y > 0 ? x / y : null;

    /// <summary>The issue's targets: import ≥ 0.5× raw COPY and ≥ 20× EF rows/s, re-import ≥ 3× faster, search ≥ 50× ILIKE, deep page ≤ 1.5× page 1.</summary>
    private static JsonObject Ratios(JsonObject report)
    {
        var deep = report["search"]?["deepPaging"]?.AsArray()
            .Select(p => Divide(Number(p, "deepPage", "p50"), Number(p, "firstPage", "p50")))
            .Where(r => r is not null)
            .ToList() ?? [];
        return new JsonObject
        {
            ["importOverRawCopyRows"] = Divide(Number(report["import"], "rowsPerSecond"), Number(report["rawcopy"], "rowsPerSecond")),
            ["importOverEfRows"] = Divide(Number(report["import"], "rowsPerSecond"), Number(report["ef"], "rowsPerSecond")),
            ["importOverEfStudies"] = Divide(Number(report["import"], "studiesPerSecond"), Number(report["ef"], "studiesPerSecond")),
            ["firstImportOverReimportSeconds"] = Divide(Number(report["import"], "seconds"), Number(report["reimport"], "seconds")),
            ["ilikeOverOursTextP95"] = Number(report["search"], "baselines", "ilikeOverOursP95"),
            ["oursOverBareSqlMedianP50"] = Divide(Number(report["search"], "baselines", "oursMedians", "p50"), Number(report["search"], "baselines", "bareSqlMedians", "p50")),
            ["worstDeepOverFirstPageP50"] = deep.Count > 0 ? deep.Max() : null,
            ["trialPageP95MsOneConnection"] = Number(report["httpTrialOne"], "p95Ms"),
            ["searchPageP95MsOneConnection"] = Number(report["httpSearchOne"], "p95Ms"),
            ["nameIndexPageP95MsOneConnection"] = Number(report["httpIndexOne"], "p95Ms"),
            ["productPageP95MsOneConnection"] = Number(report["httpProductOne"], "p95Ms"),
            ["cachedTrialPageP95MsOneConnection"] = Number(report["httpTrialCachedOne"], "p95Ms"),
            ["cachedOverRenderedTrialRps"] = Divide(Number(report["httpTrialCached"], "rps"), Number(report["httpTrial"], "rps")),
        };
    }

    /// <summary>One of issue 14's targets: the figure, its bound ("atLeast" or "atMost") and whether the figure meets it (null: not measured).</summary>
    internal sealed record Target(string Key, string Measure, double? Value, string Unit, string Comparison, double Bound, bool? Met);

    /// <summary>
    /// Issue 14's targets (readers' pages static and cached, editors' circuits). The cache is off
    /// (rendering and queries only) unless a measure says otherwise; MB in the issue are read as MiB.
    /// </summary>
    internal static IReadOnlyList<Target> Targets(JsonObject report)
    {
        const string AtLeast = "atLeast", AtMost = "atMost";
        var connections = Number(report["start"], "wrkConnections") ?? 16;
        Target At(string key, string measure, double? value, string unit, string comparison, double bound)
            => new(key, measure, value, unit, comparison, bound, value is not { } v ? null : comparison == AtLeast ? v >= bound : v <= bound);
        return
        [
            At("cachedTrialRps", $"trial page, {connections:F0} connections, served from the output cache (hot set)", Number(report["httpTrialCached"], "rps"), "req/s", AtLeast, 2000),
            At("trialRps", $"trial page, cache off, {connections:F0} connections", Number(report["httpTrial"], "rps"), "req/s", AtLeast, 400),
            At("trialP95MsOneConnection", "trial page, cache off, 1 connection p95", Number(report["httpTrialOne"], "p95Ms"), "ms", AtMost, 10),
            At("productRps", $"product page with the counts of its tabs, cache off, {connections:F0} connections", Number(report["httpProduct"], "rps"), "req/s", AtLeast, 200),
            At("searchP95MsOneConnection", "search page, cache off, 1 connection p95 (target at 500k studies)", Number(report["httpSearchOne"], "p95Ms"), "ms", AtMost, 100),
            At("readersRssGrowthMiB", $"{Number(report["readers"], "connections") ?? 1000:F0} concurrent anonymous readers: app RSS growth (after - before)", Number(report["readers"], "growthMiB"), "MiB", AtMost, 50),
            At("editorCircuitsTotalRssMiB", $"{Number(report["circuits"], "connected") ?? 200:F0} open editor circuits: app RSS in total", Number(report["circuits"], "appRssWithCircuitsMiB"), "MiB", AtMost, 600),
            At("trialTtfbP95Ms", "time to first byte of a trial page, cache off, p95", Number(report["httpTtfb"], "p95Ms"), "ms", AtMost, 20),
        ];
    }

    private static string Markdown(JsonObject r)
    {
        var inv = CultureInfo.InvariantCulture;
        string F(double? value, string format = "F0") => value?.ToString(format, inv) ?? "-";
        var text = new StringBuilder();
        text.AppendLine(inv, $"### make bench: {r["size"]} studies (seed {r["seed"]})");
        text.AppendLine();
        text.AppendLine(inv, $"{r["machine"]?["cores"]} cores, {F(Number(r["machine"], "memoryGiB"))} GiB, {r["machine"]?["cpuModel"]}; {r["machine"]?["postgresVersion"]?.GetValue<string>().Split(" on ")[0]}; load average {r["start"]?["loadAverage"] ?? r["machine"]?["loadAverageAtStart"]} at the start, {r["loadAverageAtEnd"]} at the end");
        text.AppendLine();
        text.AppendLine("| import step | wall s | studies/s | rows | rows/s | peak RSS MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        void Load(string name, JsonNode? step, string rows = "rowsWritten", string peak = "peakRssMiB")
        {
            if (step is not null)
            {
                text.AppendLine(inv, $"| {name} | {F(Number(step, "seconds"), "F1")} | {F(Number(step, "studiesPerSecond"))} | {F(Number(step, rows))} | {F(Number(step, "rowsPerSecond"))} | {F(Number(step, peak))} |");
            }
        }

        Load("generate corpus (NDJSON + linked CSVs)", r["corpus"]);
        Load("**our importer** (RunImport, strict)", r["import"]);
        Load("re-import, unchanged", r["reimport"]);
        Load("EF Core AddRange/SaveChanges baseline", r["ef"], "rows", "peakWorkingSetMiB");
        Load("raw COPY through psql (limit)", r["rawcopy"], "rows", "none");
        if (r["linked"] is { } linked)
        {
            text.AppendLine(inv, $"| linked records CSV import ({F(Number(linked, "records"))} records) | {F(Number(linked, "seconds"), "F1")} | - | - | {F(Number(linked, "recordsPerSecond"))} records/s | - |");
        }

        var ratios = r["ratios"];
        text.AppendLine();
        text.AppendLine("| ratio | value | target |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine(inv, $"| our rows/s ÷ raw COPY rows/s | {F(Number(ratios, "importOverRawCopyRows"), "F2")} | ≥ 0.5 |");
        text.AppendLine(inv, $"| our rows/s ÷ EF rows/s | {F(Number(ratios, "importOverEfRows"), "F1")} | ≥ 20 |");
        text.AppendLine(inv, $"| first import ÷ re-import (wall) | {F(Number(ratios, "firstImportOverReimportSeconds"), "F1")} | ≥ 3 |");
        text.AppendLine(inv, $"| ILIKE ÷ ours, p95 of text queries | {F(Number(ratios, "ilikeOverOursTextP95"), "F0")} | ≥ 50 |");
        text.AppendLine(inv, $"| ours ÷ bare SQL (pgbench), median of query medians | {F(Number(ratios, "oursOverBareSqlMedianP50"), "F2")} | - |");
        text.AppendLine(inv, $"| deep page ÷ page 1, worst query (p50) | {F(Number(ratios, "worstDeepOverFirstPageP50"), "F2")} | ≤ 1.5 |");
        text.AppendLine(inv, $"| name index page p95 ms, one connection, cache off (whole page; the issue's target is the search, ≤ 20) | {F(Number(ratios, "nameIndexPageP95MsOneConnection"), "F1")} | - |");

        text.AppendLine();
        text.AppendLine("| issue 14 target (cache off unless said) | value | target | met |");
        text.AppendLine("|---|---:|---:|:---:|");
        foreach (var t in r["targets"]?.AsArray() ?? [])
        {
            var value = Number(t, "value");
            var met = t?["met"] is JsonValue m && m.TryGetValue<bool>(out var ok) ? (ok ? "yes" : "**no**") : "-";
            text.AppendLine(inv, $"| {t?["measure"]} | {F(value, t?["unit"]?.GetValue<string>() == "ms" ? "F1" : "F0")} {(value is null ? string.Empty : t?["unit"])} | {(t?["comparison"]?.GetValue<string>() == "atLeast" ? "≥" : "≤")} {F(Number(t, "bound"))} {t?["unit"]} | {met} |");
        }

        if (r["search"] is { } search)
        {
            text.AppendLine();
            text.AppendLine("| search (50-query mix, server side) | p50 ms | p95 ms | p99 ms | max ms |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            text.AppendLine(inv, $"| ours, all 45 timed queries with facet counts | {F(Number(search, "overall", "p50"), "F1")} | {F(Number(search, "overall", "p95"), "F1")} | {F(Number(search, "overall", "p99"), "F1")} | {F(Number(search, "overall", "max"), "F1")} |");
            foreach (var c in search["classes"]?.AsArray() ?? [])
            {
                text.AppendLine(inv, $"| ours, {c?["class"]} | {F(Number(c, "stats", "p50"), "F1")} | {F(Number(c, "stats", "p95"), "F1")} | {F(Number(c, "stats", "p99"), "F1")} | {F(Number(c, "stats", "max"), "F1")} |");
            }

            var b = search["baselines"];
            text.AppendLine(inv, $"| ours, text queries ({b?["textQueries"]}) | {F(Number(b, "oursText", "p50"), "F1")} | {F(Number(b, "oursText", "p95"), "F1")} | {F(Number(b, "oursText", "p99"), "F1")} | {F(Number(b, "oursText", "max"), "F1")} |");
            text.AppendLine(inv, $"| ILIKE baseline, text queries (per-query medians) | {F(Number(b, "ilikeTextMedians", "p50"), "F1")} | {F(Number(b, "ilikeTextMedians", "p95"), "F1")} | {F(Number(b, "ilikeTextMedians", "p99"), "F1")} | {F(Number(b, "ilikeTextMedians", "max"), "F1")} |");
            text.AppendLine(inv, $"| bare SQL of our plan via pgbench (per-query medians) | {F(Number(b, "bareSqlMedians", "p50"), "F1")} | {F(Number(b, "bareSqlMedians", "p95"), "F1")} | {F(Number(b, "bareSqlMedians", "p99"), "F1")} | {F(Number(b, "bareSqlMedians", "max"), "F1")} |");
            text.AppendLine();
            text.AppendLine("| deep paging (20 a page) | matches | page reached | page 1 p50 ms | deep p50 ms | with facets: page 1 | deep |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var p in search["deepPaging"]?.AsArray() ?? [])
            {
                text.AppendLine(inv, $"| {p?["name"]} | {p?["total"]} | {p?["deepPageReached"]} | {F(Number(p, "firstPage", "p50"), "F1")} | {F(Number(p, "deepPage", "p50"), "F1")} | {F(Number(p, "firstPageWithFacets", "p50"), "F1")} | {F(Number(p, "deepPageWithFacets", "p50"), "F1")} |");
            }
        }

        var wrkConnections = r["start"]?["wrkConnections"]?.ToString() ?? "16";
        var wrkRuns = new[]
        {
            ("trial page /trials/{id}, cache off, 1 connection", r["httpTrialOne"]),
            ("search page /trials?q=…, cache off, 1 connection", r["httpSearchOne"]),
            ("name indexes /organizations, /conditions, /products, cache off, 1 connection", r["httpIndexOne"]),
            ("product page /products/{id}, cache off, 1 connection", r["httpProductOne"]),
            ($"trial page /trials/{{id}}, cache off, {wrkConnections} connections", r["httpTrial"]),
            ($"search page /trials?q=…, cache off, {wrkConnections} connections", r["httpSearch"]),
            ($"name indexes, cache off, {wrkConnections} connections", r["httpIndex"]),
            ($"product page /products/{{id}}, cache off, {wrkConnections} connections", r["httpProduct"]),
            ($"trial page, cached hot set ({r["httpTrialCached"]?["hotTrials"]} trials), 1 connection", r["httpTrialCachedOne"]),
            ($"trial page, cached hot set, {wrkConnections} connections", r["httpTrialCached"]),
            ($"readers' mix, cache on, enhanced navigation, {r["readers"]?["connections"]} connections", r["readers"]),
        };
        if (wrkRuns.Any(run => run.Item2 is not null))
        {
            text.AppendLine();
            text.AppendLine("| HTTP (wrk, Release app on Kestrel) | requests/s | p50 ms | p95 ms | p99 ms | non-2xx/errors |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, node) in wrkRuns)
            {
                if (node is not null)
                {
                    text.AppendLine(inv, $"| {name} | {F(Number(node, "rps"))} | {F(Number(node, "p50Ms"), "F1")} | {F(Number(node, "p95Ms"), "F1")} | {F(Number(node, "p99Ms"), "F1")} | {F(Number(node, "errors"))} |");
                }
            }
        }

        if (r["httpTtfb"] is not null || r["httpTtfbCached"] is not null)
        {
            text.AppendLine();
            text.AppendLine("| time to first byte of a trial page (sequential curl, a connection each) | requests | p50 ms | p95 ms | p99 ms | max ms | errors |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, node) in new[] { ("random trials, cache off", r["httpTtfb"]), ("hot set, cache on", r["httpTtfbCached"]) })
            {
                if (node is not null)
                {
                    text.AppendLine(inv, $"| {name} | {F(Number(node, "requests"))} | {F(Number(node, "p50Ms"), "F1")} | {F(Number(node, "p95Ms"), "F1")} | {F(Number(node, "p99Ms"), "F1")} | {F(Number(node, "maxMs"), "F1")} | {F(Number(node, "errors"))} |");
                }
            }
        }

        if (r["memory"] is not null || r["readers"] is not null || r["circuits"] is not null)
        {
            text.AppendLine();
            text.AppendLine("| app memory (RSS) | MiB |");
            text.AppendLine("|---|---:|");
            if (r["memory"] is { } memory)
            {
                text.AppendLine(inv, $"| cache off: after start and one request per page | {F(Number(memory, "afterStartMiB"))} |");
                text.AppendLine(inv, $"| cache off: after the HTTP runs | {F(Number(memory, "afterHttpMiB"))} |");
            }

            if (r["readers"] is { } readers)
            {
                text.AppendLine(inv, $"| cache on: before {readers["connections"]} concurrent readers (after a warm-up of their pages) | {F(Number(readers, "rssBeforeMiB"))} |");
                text.AppendLine(inv, $"| cache on: after {F(Number(readers, "seconds"))} s of them (peak during: {F(Number(readers, "rssPeakMiB"))}) | {F(Number(readers, "rssAfterMiB"))} |");
                text.AppendLine(inv, $"| readers' growth, after - before (peak − before: {F(Number(readers, "peakGrowthMiB"))}) | {F(Number(readers, "growthMiB"))} |");
            }

            if (r["circuits"] is { } circuits)
            {
                var kind = circuits["signedIn"]?.GetValue<bool>() == true ? "editor" : "Blazor";
                text.AppendLine(inv, $"| fresh app, before the circuits ({circuits["pages"]}) | {F(Number(circuits, "appRssBeforeMiB"))} |");
                text.AppendLine(inv, $"| with {circuits["connected"]} open {kind} circuits (of {circuits["requested"]}), in total | {F(Number(circuits, "appRssWithCircuitsMiB"))} |");
                text.AppendLine(inv, $"| per circuit | {F(Number(circuits, "miBPerCircuit"), "F2")} |");
            }
        }

        return text.ToString();
    }
}
