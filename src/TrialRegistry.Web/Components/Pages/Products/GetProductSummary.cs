using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>How many of each kind of record the product has (for one organization, or for all).</summary>
public sealed record ProductCounts(int Trials, int ClinicalResults, int TranslationalStudies, int Patents, int Deals)
{
    public int Of(ProductTab tab) => tab switch
    {
        ProductTab.Trials => Trials,
        ProductTab.ClinicalResults => ClinicalResults,
        ProductTab.Translational => TranslationalStudies,
        ProductTab.Patents => Patents,
        ProductTab.Deals => Deals,
        _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, null),
    };
}

/// <summary>Trials with one combination of phases ("Phase 1/Phase 2" is one category, as on CT.gov).</summary>
public sealed record PhaseCount(List<Phase> Phases, int Trials);

public sealed record StatusCount(OverallStatus Status, int Trials);

/// <summary>Records of one kind dated in one year; <see cref="Year"/> null counts the undated ones.</summary>
public sealed record YearCount(ProductTab Kind, int? Year, int Records);

/// <summary>Tab counts and chart data of a product page; plain records so prerendering can persist them.</summary>
public sealed record ProductSummaryView(
    int ProductId,
    int? OrganizationId,
    ProductCounts Counts,
    List<PhaseCount> TrialsByPhase,
    List<StatusCount> TrialsByStatus,
    List<YearCount> RecordsByYear);

/// <summary>
/// Counts and chart data of a product page, each computed by the database (COUNT, GROUP BY): no row
/// of a record is loaded to count it.
/// </summary>
public static class GetProductSummary
{
    public static async Task<ProductSummaryView> QueryAsync(RegistryDbContext db, int productId, int? organizationId, CancellationToken cancellationToken)
    {
        var trials = ProductRecordScope.Trials(db, productId, organizationId);
        var results = ProductRecordScope.ClinicalResults(db, productId, organizationId);
        var studies = ProductRecordScope.TranslationalStudies(db, productId, organizationId);
        var patents = ProductRecordScope.Patents(db, productId, organizationId);
        var deals = ProductRecordScope.Deals(db, productId, organizationId);

        // One statement: five scalar subqueries.
        var counts = await db.Products
            .Where(p => p.Id == productId)
            .Select(p => new ProductCounts(trials.Count(), results.Count(), studies.Count(), patents.Count(), deals.Count()))
            .SingleAsync(cancellationToken);

        var byPhase = await trials
            .GroupBy(t => t.Phases)
            .Select(g => new { Phases = g.Key, Trials = g.Count() })
            .ToListAsync(cancellationToken);

        var byStatus = await trials
            .GroupBy(t => t.OverallStatus)
            .Select(g => new StatusCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var years = trials.Select(t => new { Kind = ProductTab.Trials, Year = t.StartDate == null ? (int?)null : t.StartDate.Date.Year })
            .Concat(results.Select(r => new { Kind = ProductTab.ClinicalResults, Year = r.Date == null ? (int?)null : r.Date.Value.Year }))
            .Concat(studies.Select(s => new { Kind = ProductTab.Translational, Year = s.Date == null ? (int?)null : s.Date.Value.Year }))
            .Concat(patents.Select(p => new
            {
                Kind = ProductTab.Patents,

                // A patent's year is its publication's; an unpublished application's, its filing's.
                Year = p.PublicationDate != null ? p.PublicationDate.Value.Year
                    : p.FilingDate != null ? p.FilingDate.Value.Year
                    : p.PriorityDate != null ? p.PriorityDate.Value.Year
                    : (int?)null,
            }))
            .Concat(deals.Select(d => new { Kind = ProductTab.Deals, Year = d.Date == null ? (int?)null : d.Date.Value.Year }));
        var byYear = await years
            .GroupBy(x => new { x.Kind, x.Year })
            .Select(g => new YearCount(g.Key.Kind, g.Key.Year, g.Count()))
            .ToListAsync(cancellationToken);

        return new ProductSummaryView(
            productId,
            organizationId,
            counts,
            MergePhaseSets(byPhase.Select(p => new PhaseCount(p.Phases, p.Trials))),
            byStatus.OrderByDescending(s => s.Trials).ThenBy(s => s.Status).ToList(),
            byYear.OrderBy(y => y.Kind).ThenBy(y => y.Year).ToList());
    }

    /// <summary>
    /// The database groups by the stored array, so [PHASE2, PHASE1] and [PHASE1, PHASE2] are two groups;
    /// merging those few groups here makes them the one category they are.
    /// </summary>
    private static List<PhaseCount> MergePhaseSets(IEnumerable<PhaseCount> groups)
        => groups
            .GroupBy(g => string.Join(',', g.Phases.Distinct().Order()))
            .Select(g => new PhaseCount(g.First().Phases.Distinct().Order().ToList(), g.Sum(x => x.Trials)))
            .OrderBy(p => SortKey(p.Phases))
            .ThenBy(p => p.Phases.Count)
            .ToList();

    /// <summary>Early phase 1, phase 1, phase 1/2, phase 2 ... then "not applicable", then none given.</summary>
    private static int SortKey(List<Phase> phases) => phases switch
    {
        [] => int.MaxValue,
        [Phase.NA, ..] => int.MaxValue - 1,
        _ => (int)phases[0],
    };
}
