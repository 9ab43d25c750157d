using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// <c>GET /api/v2/stats/size</c> (schema GzipStats): the sizes of the studies the registry holds, each
/// measured as the JSON the single-study endpoint serves. Studies are written in batches, so memory
/// stays flat however many the registry holds; the time grows with their number.
/// </summary>
public static class CtGovStudySizes
{
    private const int BatchSize = 500;

    private const int LargestCount = 10;

    private static readonly int[] Percentiles = [5, 10, 25, 50, 75, 90, 95, 99];

    /// <summary>Upper bounds (exclusive) of the size ranges, in bytes; the last range is open.</summary>
    private static readonly (int Limit, string Label)[] Ranges =
    [
        (5 * 1024, "0-5KB"), (10 * 1024, "5KB-10KB"), (20 * 1024, "10KB-20KB"), (50 * 1024, "20KB-50KB"),
        (100 * 1024, "50KB-100KB"), (200 * 1024, "100KB-200KB"), (500 * 1024, "200KB-500KB"),
        (1024 * 1024, "500KB-1MB"), (int.MaxValue, "1MB+"),
    ];

    public static async Task<JsonObject> ComputeAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sizes = new List<(string Id, int Bytes)>();
        var afterId = 0;
        while (true)
        {
            var batch = await db.Trials.AsNoTracking().WithRecord()
                .Where(t => t.Id > afterId)
                .OrderBy(t => t.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            sizes.AddRange(batch.Select(t => (t.RegistryId, CtGovStudyQueries.ToUtf8Json(CtGovStudyDocument.ToJson(t)).Length)));
            afterId = batch[^1].Id;
        }

        return Describe(sizes);
    }

    /// <summary>The GzipStats object for the given study sizes.</summary>
    public static JsonObject Describe(IReadOnlyCollection<(string Id, int Bytes)> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var ordered = sizes.Select(s => s.Bytes).Order().ToArray();
        var percentiles = new JsonObject();
        foreach (var p in Percentiles.Where(_ => ordered.Length > 0))
        {
            // Nearest rank: the smallest size at or above which p% of the studies lie.
            var rank = Math.Max(1, (int)Math.Ceiling(p / 100.0 * ordered.Length));
            percentiles[p.ToString(System.Globalization.CultureInfo.InvariantCulture)] = ordered[rank - 1];
        }

        var lower = 0;
        var ranges = new JsonArray();
        foreach (var (limit, label) in Ranges)
        {
            var low = lower;
            var count = ordered.Count(b => b >= low && b < limit);
            if (count > 0)
            {
                ranges.Add(new JsonObject { ["sizeRange"] = label, ["studiesCount"] = count });
            }

            lower = limit;
        }

        return new JsonObject
        {
            ["totalStudies"] = sizes.Count,
            ["averageSizeBytes"] = sizes.Count == 0 ? 0 : (int)Math.Round(sizes.Average(s => (double)s.Bytes)),
            ["largestStudies"] = new JsonArray(sizes.OrderByDescending(s => s.Bytes).ThenBy(s => s.Id, StringComparer.Ordinal).Take(LargestCount)
                .Select(s => (JsonNode?)new JsonObject { ["id"] = s.Id, ["sizeBytes"] = s.Bytes }).ToArray()),
            ["percentiles"] = percentiles,
            ["ranges"] = ranges,
        };
    }
}
