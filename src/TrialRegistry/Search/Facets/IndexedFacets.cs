using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Search.Facets;

/// <summary>
/// The total and facet counts of a search from a <see cref="FacetIndex"/>: PostgreSQL gives the ids
/// of the text's matches (the GIN index; no text, no statement), the index counts them, and the
/// names of the listed sponsors, conditions and products come from the database.
/// </summary>
internal static class IndexedFacets
{
    /// <returns>Null when the index is behind the database (the caller then counts with SQL).</returns>
    public static async Task<(int Total, TrialFacets Facets)?> CountAsync(
        RegistryDbContext db, TrialSearchQuery query, FacetIndex index, CancellationToken cancellationToken)
    {
        var filter = FacetFilter.Of(query);
        var candidates = query.HasText ? (await SearchTrials.TextMatchesAsync(db, query.Text!, cancellationToken)).Ids : null;
        if (index.Tally(filter, candidates) is not { } tally)
        {
            return null;
        }

        return (tally.Total, await NamedAsync(db, tally, cancellationToken));
    }

    /// <summary>The tally's facets with the names of the listed sponsors, conditions and products.</summary>
    public static async Task<TrialFacets> NamedAsync(RegistryDbContext db, FacetTally tally, CancellationToken cancellationToken)
    {
        var conditionIds = Ids(tally, SearchFacet.Condition);
        var productIds = Ids(tally, SearchFacet.Product);
        var sponsorIds = Ids(tally, SearchFacet.Sponsor);
        // One round trip for the three lists of names; none when nothing is listed (a search that matches nothing).
        var names = conditionIds.Count + productIds.Count + sponsorIds.Count == 0 ? [] : await db.Conditions.Where(c => conditionIds.Contains(c.Id)).Select(c => new { Kind = 'c', c.Id, c.Name })
            .Concat(db.Products.Where(p => productIds.Contains(p.Id)).Select(p => new { Kind = 'p', p.Id, p.Name }))
            .Concat(db.Organizations.Where(o => sponsorIds.Contains(o.Id)).Select(o => new { Kind = 's', o.Id, o.Name }))
            .ToListAsync(cancellationToken);
        Dictionary<string, string> Of(char kind) => names.Where(n => n.Kind == kind).ToDictionary(n => Key(n.Id), n => n.Name);
        var conditions = Of('c');
        var products = Of('p');
        var sponsors = Of('s');

        List<FacetCount> Same(SearchFacet facet) => tally.Facets[facet].Select(v => new FacetCount(v.Key, v.Key, v.Count)).ToList();
        List<FacetCount> Named(SearchFacet facet, IReadOnlyDictionary<string, string> names)
            => tally.Facets[facet].Select(v => new FacetCount(v.Key, names.GetValueOrDefault(v.Key, v.Key), v.Count)).ToList();

        var facets = new TrialFacets(
            Statuses: Same(SearchFacet.Status),
            Phases: Same(SearchFacet.Phase),
            StudyTypes: Same(SearchFacet.StudyType),
            Conditions: Named(SearchFacet.Condition, conditions),
            InterventionTypes: Same(SearchFacet.InterventionType),
            Products: Named(SearchFacet.Product, products),
            Sponsors: Named(SearchFacet.Sponsor, sponsors),
            SponsorClasses: Same(SearchFacet.SponsorClass),
            Countries: Same(SearchFacet.Country),
            HasResults: tally.Facets[SearchFacet.HasResults]
                .Select(v => new FacetCount(v.Key, v.Key == "true" ? "With results" : "Without results", v.Count)).ToList(),
            StartYears: Same(SearchFacet.StartYear));
        return facets;
    }

    private static List<int> Ids(FacetTally tally, SearchFacet facet)
        => tally.Facets[facet].Select(v => int.Parse(v.Key, CultureInfo.InvariantCulture)).ToList();

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
