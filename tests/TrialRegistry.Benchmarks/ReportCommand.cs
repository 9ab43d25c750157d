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
        ["start", "corpus", "products", "import", "linked", "reimport", "ef", "rawcopy", "search", "http-trial-one", "http-search-one", "http-index-one", "http-trial", "http-search", "http-index", "memory", "circuits"];

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
        };
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
        text.AppendLine(inv, $"| trial page p95 ms, one connection | {F(Number(ratios, "trialPageP95MsOneConnection"), "F1")} | < 20 |");
        text.AppendLine(inv, $"| search page p95 ms, one connection | {F(Number(ratios, "searchPageP95MsOneConnection"), "F1")} | ≤ 100 (500k) |");
        text.AppendLine(inv, $"| name index page p95 ms, one connection (whole page; the issue's target is the search, ≤ 20) | {F(Number(ratios, "nameIndexPageP95MsOneConnection"), "F1")} | - |");

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

        if (r["httpTrial"] is not null || r["httpSearch"] is not null || r["httpTrialOne"] is not null)
        {
            text.AppendLine();
            text.AppendLine("| HTTP (wrk, Release app on Kestrel) | requests/s | p50 ms | p95 ms | p99 ms | non-2xx/errors |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, node) in new[]
            {
                ("trial page /trials/{id}, 1 connection", r["httpTrialOne"]),
                ("search page /trials?q=…, 1 connection", r["httpSearchOne"]),
                ("name indexes /organizations, /conditions, /products, 1 connection", r["httpIndexOne"]),
                ("trial page /trials/{id}, saturated", r["httpTrial"]),
                ("search page /trials?q=…, saturated", r["httpSearch"]),
                ("name indexes, saturated", r["httpIndex"]),
            })
            {
                if (node is not null)
                {
                    text.AppendLine(inv, $"| {name} | {F(Number(node, "rps"))} | {F(Number(node, "p50Ms"), "F1")} | {F(Number(node, "p95Ms"), "F1")} | {F(Number(node, "p99Ms"), "F1")} | {F(Number(node, "errors"))} |");
                }
            }
        }

        if (r["memory"] is not null || r["circuits"] is not null)
        {
            text.AppendLine();
            text.AppendLine("| app memory (RSS) | MiB |");
            text.AppendLine("|---|---:|");
            text.AppendLine(inv, $"| after start and one request per page | {F(Number(r["memory"], "afterStartMiB"))} |");
            text.AppendLine(inv, $"| after the HTTP runs | {F(Number(r["memory"], "afterHttpMiB"))} |");
            if (r["circuits"] is { } circuits)
            {
                text.AppendLine(inv, $"| with {circuits["connected"]} open Blazor circuits (of {circuits["requested"]}) | {F(Number(circuits, "appRssWithCircuitsMiB"))} |");
                text.AppendLine(inv, $"| per circuit | {F(Number(circuits, "miBPerCircuit"), "F2")} |");
            }
        }

        return text.ToString();
    }
}
