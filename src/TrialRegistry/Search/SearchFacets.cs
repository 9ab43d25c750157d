using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search;

/// <summary>
/// Facet counts of a search. Each facet counts trials matching every active filter except its own,
/// so the numbers next to a facet's values say what choosing (or adding) that value gives. Enum
/// facets list every value that occurs; id facets (conditions, products, sponsors) and countries
/// list the most frequent values plus the selected ones.
/// </summary>
internal static class SearchFacets
{
    private const int Top = SharedFacetCounts.Top;

    /// <summary>The total of the search and its facet counts.</summary>
    public static async Task<(int Total, TrialFacets Facets)> CountAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        // Facets whose filter is off (most of them, in most searches) and the total come from one
        // statement over the match set; each facet whose filter is on needs its own statement.
        var active = ActiveFacets(query);
        var shared = await SharedFacetCounts.CountAsync(db, query, active, cancellationToken);
        var total = shared[SharedFacetCounts.Names.Total].Single().Count;
        bool IsShared(SearchFacet facet) => !active.Contains(facet);

        var facets = new TrialFacets(
            Statuses: IsShared(SearchFacet.Status) ? SharedEnums<OverallStatus>(shared, SearchFacet.Status) : Enums(await Base(db, query, SearchFacet.Status)
                .GroupBy(t => t.OverallStatus).Select(g => new ValueCount<OverallStatus>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Phases: IsShared(SearchFacet.Phase) ? SharedEnums<Phase>(shared, SearchFacet.Phase) : Enums(await Base(db, query, SearchFacet.Phase)
                .SelectMany(t => t.Phases).GroupBy(p => p).Select(g => new ValueCount<Phase>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            StudyTypes: IsShared(SearchFacet.StudyType) ? SharedEnums<StudyType>(shared, SearchFacet.StudyType) : Enums(await Base(db, query, SearchFacet.StudyType)
                .GroupBy(t => t.StudyType).Select(g => new ValueCount<StudyType>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Conditions: IsShared(SearchFacet.Condition) ? SharedTop(shared, SearchFacet.Condition) : await ConditionsAsync(db, query, cancellationToken),
            InterventionTypes: IsShared(SearchFacet.InterventionType) ? SharedEnums<InterventionType>(shared, SearchFacet.InterventionType) : Enums(await Base(db, query, SearchFacet.InterventionType)
                .SelectMany(t => t.InterventionTypes).GroupBy(i => i).Select(g => new ValueCount<InterventionType>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Products: IsShared(SearchFacet.Product) ? SharedTop(shared, SearchFacet.Product) : await ProductsAsync(db, query, cancellationToken),
            Sponsors: IsShared(SearchFacet.Sponsor) ? SharedTop(shared, SearchFacet.Sponsor) : await SponsorsAsync(db, query, cancellationToken),
            SponsorClasses: IsShared(SearchFacet.SponsorClass) ? SharedEnums<Organizations.OrganizationClass>(shared, SearchFacet.SponsorClass) : Enums(await Base(db, query, SearchFacet.SponsorClass)
                .GroupBy(t => t.LeadSponsor.Class).Select(g => new ValueCount<Organizations.OrganizationClass>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Countries: IsShared(SearchFacet.Country)
                ? shared[nameof(SearchFacet.Country)].OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => new FacetCount(r.Key!, r.Key!, r.Count)).ToList()
                : await CountriesAsync(db, query, cancellationToken),
            HasResults: HasResultsCounts(IsShared(SearchFacet.HasResults)
                ? shared[nameof(SearchFacet.HasResults)].Select(r => (bool.Parse(r.Key!), r.Count)).ToList()
                : (await Base(db, query, SearchFacet.HasResults).GroupBy(t => t.HasResults).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                    .Select(g => (g.Key, g.Count)).ToList()),
            StartYears: StartYearCounts(IsShared(SearchFacet.StartYear)
                ? shared[nameof(SearchFacet.StartYear)].Select(r => (int.Parse(r.Key!, CultureInfo.InvariantCulture), r.Count)).ToList()
                : (await Base(db, query, SearchFacet.StartYear)
                        .Where(t => EF.Property<int?>(t, TrialConfiguration.StartYear) != null)
                        .GroupBy(t => EF.Property<int?>(t, TrialConfiguration.StartYear))
                        .Select(g => new { Year = g.Key!.Value, Count = g.Count() })
                        .ToListAsync(cancellationToken))
                    .Select(g => (g.Year, g.Count)).ToList()));
        return (total, facets);
    }

    private static HashSet<SearchFacet> ActiveFacets(TrialSearchQuery query)
    {
        var active = new HashSet<SearchFacet>();
        void If(bool on, SearchFacet facet)
        {
            if (on)
            {
                active.Add(facet);
            }
        }

        If(query.Statuses.Count > 0, SearchFacet.Status);
        If(query.Phases.Count > 0, SearchFacet.Phase);
        If(query.StudyTypes.Count > 0, SearchFacet.StudyType);
        If(query.ConditionIds.Count > 0, SearchFacet.Condition);
        If(query.InterventionTypes.Count > 0, SearchFacet.InterventionType);
        If(query.ProductIds.Count > 0, SearchFacet.Product);
        If(query.SponsorIds.Count > 0, SearchFacet.Sponsor);
        If(query.SponsorClasses.Count > 0, SearchFacet.SponsorClass);
        If(query.Countries.Count > 0, SearchFacet.Country);
        If(query.HasResults is not null, SearchFacet.HasResults);
        If(query.StartYearFrom is not null || query.StartYearTo is not null, SearchFacet.StartYear);
        return active;
    }

    private static List<FacetCount> SharedEnums<TEnum>(ILookup<string, SharedFacetCounts.Row> shared, SearchFacet facet)
        where TEnum : struct, Enum
        => Enums(shared[facet.ToString()].Select(r => new ValueCount<TEnum>(CtGovNames.Parse<TEnum>(r.Key!), r.Count)).ToList());

    private static List<FacetCount> SharedTop(ILookup<string, SharedFacetCounts.Row> shared, SearchFacet facet)
        => shared[facet.ToString()]
            .OrderByDescending(r => r.Count).ThenBy(r => int.Parse(r.Key!, CultureInfo.InvariantCulture))
            .Select(r => new FacetCount(r.Key!, r.Label!, r.Count))
            .ToList();

    private static List<FacetCount> HasResultsCounts(List<(bool HasResults, int Count)> counts)
        => counts.OrderByDescending(c => c.HasResults)
            .Select(c => new FacetCount(c.HasResults ? "true" : "false", c.HasResults ? "With results" : "Without results", c.Count))
            .ToList();

    private static List<FacetCount> StartYearCounts(List<(int Year, int Count)> counts)
        => counts.OrderBy(c => c.Year)
            .Select(c => new FacetCount(c.Year.ToString(CultureInfo.InvariantCulture), c.Year.ToString(CultureInfo.InvariantCulture), c.Count))
            .ToList();

    private static IQueryable<Trial> Base(RegistryDbContext db, TrialSearchQuery query, SearchFacet facet)
        => SearchTrials.Filter(db, query, except: facet);

    private static List<FacetCount> Enums<TEnum>(List<ValueCount<TEnum>> counts)
        where TEnum : struct, Enum
        => counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value)
            .Select(c => new FacetCount(CtGovNames.ToCtGov(c.Value), CtGovNames.ToCtGov(c.Value), c.Count))
            .ToList();

    private static async Task<IReadOnlyList<FacetCount>> ConditionsAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Condition);
        var selected = query.ConditionIds.ToList();
        var counts = await matching.SelectMany(t => t.Conditions)
            .GroupBy(c => c.ConditionId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = selected.Except(counts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await matching.SelectMany(t => t.Conditions).Where(c => missing.Contains(c.ConditionId))
                .GroupBy(c => c.ConditionId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Conditions.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return counts.Select(c => new FacetCount(c.Id.ToString(CultureInfo.InvariantCulture), names[c.Id], c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetCount>> ProductsAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Product);

        // A trial counts once per product, however many of its interventions are that product.
        var pairs = matching.SelectMany(t => t.Interventions)
            .Where(i => i.ProductId != null)
            .Select(i => new { i.TrialId, ProductId = i.ProductId!.Value })
            .Distinct();
        var counts = await pairs.GroupBy(p => p.ProductId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = query.ProductIds.Except(counts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await pairs.Where(p => missing.Contains(p.ProductId))
                .GroupBy(p => p.ProductId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return counts.Select(c => new FacetCount(c.Id.ToString(CultureInfo.InvariantCulture), names[c.Id], c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetCount>> SponsorsAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Sponsor);
        var counts = await matching.GroupBy(t => t.LeadSponsorId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = query.SponsorIds.Except(counts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await matching.Where(t => missing.Contains(t.LeadSponsorId))
                .GroupBy(t => t.LeadSponsorId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return counts.Select(c => new FacetCount(c.Id.ToString(CultureInfo.InvariantCulture), names[c.Id], c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetCount>> CountriesAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Country);
        var counts = await matching.SelectMany(t => t.Countries)
            .GroupBy(c => c)
            .Select(g => new { Country = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Country)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = query.Countries.Except(counts.Select(c => c.Country)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await matching.SelectMany(t => t.Countries).Where(c => missing.Contains(c))
                .GroupBy(c => c).Select(g => new { Country = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        return counts.Select(c => new FacetCount(c.Country, c.Country, c.Count)).ToList();
    }

    private sealed record ValueCount<TEnum>(TEnum Value, int Count);
}
