using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Organizations;

/// <summary>
/// An organization's product pipeline: the products it develops or that its trials (as lead sponsor
/// or collaborator) test, each with the highest phase reached among all the trials of that product:
/// its stage of development, whoever ran the trial. Phases are ranked in SQL (BrowsePhaseRank) and
/// aggregated per product with MAX and COUNT, so no trial row leaves the database.
/// </summary>
public static class GetOrganizationPipeline
{
    public static async Task<List<BrowsePipelineRow>> QueryAsync(RegistryDbContext db, int organizationId, CancellationToken cancellationToken)
    {
        var organizationTrials = BrowseTrialScope.Organization(organizationId).Trials(db);
        var developed = db.Products.Where(p => p.Developers.Any(d => d.Id == organizationId)).Select(p => p.Id);
        var tested = organizationTrials.SelectMany(t => t.Interventions).Where(i => i.ProductId != null).Select(i => i.ProductId!.Value);
        var productIds = developed.Union(tested);
        var rows = await db.Products
            .AsNoTracking()
            .Where(p => productIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Type,
                IsDeveloper = p.Developers.Any(d => d.Id == organizationId),
                TrialCount = db.Trials.Count(t => t.Interventions.Any(i => i.ProductId == p.Id)),
                OrganizationTrialCount = organizationTrials.Count(t => t.Interventions.Any(i => i.ProductId == p.Id)),
                HighestRank = db.Trials.Where(t => t.Interventions.Any(i => i.ProductId == p.Id)).Max(BrowsePhaseRank.OfTrial),
            })
            .ToListAsync(cancellationToken);

        // Furthest along first, as drug-intelligence pipelines read; then by name.
        return rows
            .Select(r => new BrowsePipelineRow(
                r.Id, r.Name, r.Type, BrowsePhaseRank.ToPhase(r.HighestRank), r.TrialCount, r.IsDeveloper, r.OrganizationTrialCount))
            .OrderByDescending(r => r.HighestPhase is { } phase ? BrowsePhaseRank.Of(phase) : 0)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
