using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Api.V2;

/// <summary>
/// The size statistics take a pass over every study (minutes at ClinicalTrials.gov's size), so one
/// request must not start that pass again and again: the last result is kept while the registry's
/// trials are unchanged (same count, same latest update), and one computation runs at a time, the
/// other requests waiting for it rather than starting their own.
/// </summary>
public sealed class StudySizeStatsCache(IDbContextFactory<RegistryDbContext> dbFactory)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (int Count, DateTimeOffset? LatestUpdate, JsonObject Stats)? latest;

    public async Task<JsonObject> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.Trials
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), LatestUpdate = g.Max(t => (DateTimeOffset?)t.UpdatedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        var (count, latestUpdate) = (state?.Count ?? 0, state?.LatestUpdate);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (latest is { } kept && kept.Count == count && kept.LatestUpdate == latestUpdate)
            {
                return kept.Stats;
            }

            var stats = await CtGovStudySizes.ComputeAsync(db, cancellationToken);
            latest = (count, latestUpdate, stats);
            return stats;
        }
        finally
        {
            gate.Release();
        }
    }
}
