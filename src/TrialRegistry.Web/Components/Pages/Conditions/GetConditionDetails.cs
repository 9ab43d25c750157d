using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Conditions;

/// <summary>A lead sponsor of the condition's trials and how many of them it leads.</summary>
public sealed record ConditionSponsorCount(int OrganizationId, string Name, int TrialCount);

/// <summary>Everything the condition page shows except its trial list (plain records: persisted across prerendering).</summary>
public sealed record ConditionDetailsView(
    int Id,
    string Name,
    string? MeshTerm,
    string? MeshId,
    int TrialCount,
    List<BrowsePipelineRow> Products,
    List<ConditionSponsorCount> Sponsors,
    BrowseTrialStatistics Statistics);

/// <summary>
/// A condition with the products tested in its trials (each with how many of its trials test it and
/// the highest phase among those: the condition's own pipeline) and its most active lead sponsors.
/// Every number is an aggregate in SQL.
/// </summary>
public static class GetConditionDetails
{
    public const int SponsorLimit = 10;

    public static async Task<ConditionDetailsView?> QueryAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
    {
        var condition = await db.Conditions
            .AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.Name, c.MeshTerm, c.MeshId })
            .SingleOrDefaultAsync(cancellationToken);
        if (condition is null)
        {
            return null;
        }

        var scope = BrowseTrialScope.Condition(id);
        var trials = scope.Trials(db);

        // Sequential on purpose: a DbContext runs one command at a time.
        var products = await db.Products
            .AsNoTracking()
            .Where(p => db.Interventions.Any(i => i.ProductId == p.Id && trials.Any(t => t.Id == i.TrialId)))
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Type,
                TrialCount = trials.Count(t => t.Interventions.Any(i => i.ProductId == p.Id)),
                HighestRank = trials.Where(t => t.Interventions.Any(i => i.ProductId == p.Id)).Max(BrowsePhaseRank.OfTrial),
            })
            .ToListAsync(cancellationToken);
        var sponsors = await trials
            .GroupBy(t => new { t.LeadSponsorId, t.LeadSponsor.Name })
            .Select(g => new { g.Key.LeadSponsorId, g.Key.Name, Count = g.Count() })
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Name)
            .Take(SponsorLimit)
            .Select(s => new ConditionSponsorCount(s.LeadSponsorId, s.Name, s.Count))
            .ToListAsync(cancellationToken);
        var statistics = await CountBrowseTrials.QueryAsync(db, scope, cancellationToken);

        return new ConditionDetailsView(
            id,
            condition.Name,
            condition.MeshTerm,
            condition.MeshId,
            statistics.Total,
            products
                .Select(p => new BrowsePipelineRow(p.Id, p.Name, p.Type, BrowsePhaseRank.ToPhase(p.HighestRank), p.TrialCount))
                .OrderByDescending(p => p.HighestPhase is { } phase ? BrowsePhaseRank.Of(phase) : 0)
                .ThenByDescending(p => p.TrialCount)
                .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ToList(),
            sponsors,
            statistics);
    }
}
