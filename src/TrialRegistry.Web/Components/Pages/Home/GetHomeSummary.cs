using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

// Not ...Pages.Home: that is the name of the home page component itself (Pages/Home.razor).
namespace TrialRegistry.Web.Components.Pages.HomeSections;

public sealed record HomeStatusCount(OverallStatus Status, int Count);

/// <summary>Trials whose phases include <see cref="Phase"/>: a Phase 1/Phase 2 trial counts under both, as the search's phase filter finds it.</summary>
public sealed record HomePhaseCount(Phase Phase, int Count);

public sealed record HomeRecentTrial(
    string RegistryId,
    string BriefTitle,
    OverallStatus OverallStatus,
    OverallStatus? LastKnownStatus,
    List<Phase> Phases,
    string LeadSponsor,
    RegistryDate? LastUpdatePostDate,
    DateTimeOffset UpdatedAt);

public sealed record HomeSummary(
    RegistryCounts Counts,
    List<HomeStatusCount> ByStatus,
    List<HomePhaseCount> ByPhase,
    List<HomeRecentTrial> RecentlyUpdated);

/// <summary>The home page's numbers: totals, trials per status and per phase (GROUP BYs in SQL), the latest updates.</summary>
public static class GetHomeSummary
{
    public const int RecentCount = 10;

    public static async Task<HomeSummary> QueryAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        // Sequential on purpose: a DbContext runs one command at a time.
        var counts = await CountRegistryRecords.QueryAsync(db, cancellationToken);
        var byStatus = await db.Trials
            .GroupBy(t => t.OverallStatus)
            .Select(g => new HomeStatusCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        // unnest(phases) ... GROUP BY: one row per phase a trial has.
        var byPhase = await db.Trials
            .SelectMany(t => t.Phases)
            .GroupBy(p => p)
            .Select(g => new HomePhaseCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var recent = await db.Trials
            .AsNoTracking()
            .OrderBy(t => t.LastUpdatePostDate == null)
            .ThenByDescending(t => t.LastUpdatePostDate!.Date)
            .ThenByDescending(t => t.UpdatedAt)
            .ThenBy(t => t.RegistryId)
            .Take(RecentCount)
            .Select(t => new HomeRecentTrial(
                t.RegistryId,
                t.BriefTitle,
                t.OverallStatus,
                t.LastKnownStatus,
                t.Phases,
                t.LeadSponsor.Name,
                t.LastUpdatePostDate,
                t.UpdatedAt))
            .ToListAsync(cancellationToken);

        return new HomeSummary(
            counts,
            byStatus.OrderByDescending(s => s.Count).ThenBy(s => s.Status).ToList(),
            byPhase.OrderBy(p => p.Phase == Phase.NA).ThenBy(p => p.Phase).ToList(),
            recent);
    }
}
