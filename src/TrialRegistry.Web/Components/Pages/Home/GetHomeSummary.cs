using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
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

/// <summary>
/// The home page's numbers: totals, trials per status and per phase, the latest updates. The
/// counts are the search's own facet counts of "everything" (from the facet index when there is
/// one, so the page costs no pass over the trials; GROUP BYs in SQL otherwise).
/// </summary>
public static class GetHomeSummary
{
    public const int RecentCount = 10;

    public static async Task<HomeSummary> QueryAsync(RegistryDbContext db, FacetIndex? facetIndex, CancellationToken cancellationToken)
    {
        // Sequential on purpose: a DbContext runs one command at a time.
        var everything = facetIndex?.Tally(FacetFilter.Of(new TrialSearchQuery()), candidates: null);
        var counts = await CountRegistryRecords.QueryAsync(db, everything?.Total, cancellationToken);
        List<HomeStatusCount> byStatus;
        List<HomePhaseCount> byPhase;
        if (everything is not null)
        {
            byStatus = everything.Facets[SearchFacet.Status].Select(s => new HomeStatusCount(CtGovNames.Parse<OverallStatus>(s.Key), s.Count)).ToList();
            byPhase = everything.Facets[SearchFacet.Phase].Select(p => new HomePhaseCount(CtGovNames.Parse<Phase>(p.Key), p.Count)).ToList();
        }
        else
        {
            byStatus = await db.Trials
                .GroupBy(t => t.OverallStatus)
                .Select(g => new HomeStatusCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken);

            // unnest(phases) ... GROUP BY: one row per phase a trial has.
            byPhase = await db.Trials
                .SelectMany(t => t.Phases)
                .GroupBy(p => p)
                .Select(g => new HomePhaseCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken);
        }

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
