using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// A trial's phases as one category, the way CT.gov counts them: a Phase 1/Phase 2 trial is one
/// "Phase 1/Phase 2" trial, not one Phase 1 and one Phase 2 trial. Declared in display order.
/// </summary>
public enum BrowsePhaseCategory
{
    EarlyPhase1,
    Phase1,
    Phase1Phase2,
    Phase2,
    Phase2Phase3,
    Phase3,
    Phase4,
    NotApplicable,
    None,
}

public sealed record BrowsePhaseCount(BrowsePhaseCategory Category, int Count);

public sealed record BrowseStatusCount(OverallStatus Status, int Count);

/// <summary>Trials whose start date falls in <see cref="Year"/>, split by whether the date is actual.</summary>
public sealed record BrowseYearCount(int Year, int Actual, int Estimated);

/// <summary>What the charts of an organization or condition page show; every count is a GROUP BY in SQL.</summary>
public sealed record BrowseTrialStatistics(
    int Total,
    List<BrowsePhaseCount> ByPhase,
    List<BrowseStatusCount> ByStatus,
    List<BrowseYearCount> StartsByYear);

public static class CountBrowseTrials
{
    public static async Task<BrowseTrialStatistics> QueryAsync(RegistryDbContext db, BrowseTrialScope scope, CancellationToken cancellationToken)
    {
        var trials = scope.Trials(db);

        // Sequential on purpose: a DbContext runs one command at a time.
        var byPhase = await trials
            .GroupBy(t =>
                t.Phases.Contains(Phase.Phase1) && t.Phases.Contains(Phase.Phase2) ? (int)BrowsePhaseCategory.Phase1Phase2
                : t.Phases.Contains(Phase.Phase2) && t.Phases.Contains(Phase.Phase3) ? (int)BrowsePhaseCategory.Phase2Phase3
                : t.Phases.Contains(Phase.Phase4) ? (int)BrowsePhaseCategory.Phase4
                : t.Phases.Contains(Phase.Phase3) ? (int)BrowsePhaseCategory.Phase3
                : t.Phases.Contains(Phase.Phase2) ? (int)BrowsePhaseCategory.Phase2
                : t.Phases.Contains(Phase.Phase1) ? (int)BrowsePhaseCategory.Phase1
                : t.Phases.Contains(Phase.EarlyPhase1) ? (int)BrowsePhaseCategory.EarlyPhase1
                : t.Phases.Contains(Phase.NA) ? (int)BrowsePhaseCategory.NotApplicable
                : (int)BrowsePhaseCategory.None)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var byStatus = await trials
            .GroupBy(t => t.OverallStatus)
            .Select(g => new BrowseStatusCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var byYear = await trials
            .Where(t => t.StartDate != null)
            .GroupBy(t => t.StartDate!.Date.Year)
            .Select(g => new BrowseYearCount(
                g.Key,
                g.Count(t => t.StartDate!.Type != DateType.Estimated),
                g.Count(t => t.StartDate!.Type == DateType.Estimated)))
            .ToListAsync(cancellationToken);

        return new BrowseTrialStatistics(
            byStatus.Sum(s => s.Count),
            byPhase.Select(p => new BrowsePhaseCount((BrowsePhaseCategory)p.Category, p.Count)).OrderBy(p => p.Category).ToList(),
            byStatus.OrderByDescending(s => s.Count).ThenBy(s => s.Status).ToList(),
            byYear.OrderBy(y => y.Year).ToList());
    }
}
