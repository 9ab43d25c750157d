using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search.Facets;

/// <summary>The facet filters of a search (its text aside), as <see cref="FacetIndex"/> applies them.</summary>
public sealed record FacetFilter(
    IReadOnlyList<OverallStatus> Statuses,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<StudyType> StudyTypes,
    IReadOnlyList<int> ConditionIds,
    IReadOnlyList<InterventionType> InterventionTypes,
    IReadOnlyList<int> ProductIds,
    IReadOnlyList<int> SponsorIds,
    IReadOnlyList<OrganizationClass> SponsorClasses,
    IReadOnlyList<string> Countries,
    bool? HasResults,
    int? StartYearFrom,
    int? StartYearTo)
{
    public static FacetFilter Of(TrialSearchQuery query) => new(
        query.Statuses, query.Phases, query.StudyTypes, query.ConditionIds, query.InterventionTypes, query.ProductIds,
        query.SponsorIds, query.SponsorClasses, query.Countries, query.HasResults, query.StartYearFrom, query.StartYearTo);

    /// <summary>A key equal for equal filters (value order aside), for caching counts of searches without text.</summary>
    public string CacheKey()
    {
        static string Part<T>(IEnumerable<T> values) => string.Join(',', values.Select(v => v!.ToString()).Order(StringComparer.Ordinal));
        return string.Join(
            '|',
            Part(Statuses), Part(Phases), Part(StudyTypes), Part(ConditionIds), Part(InterventionTypes), Part(ProductIds),
            Part(SponsorIds), Part(SponsorClasses), Part(Countries), HasResults, StartYearFrom, StartYearTo);
    }
}

/// <summary>
/// What <see cref="FacetIndex.Tally"/> counted: the total and, per facet, its values in the order
/// the search shows them (most trials first; start years by year; with results first), each keyed as
/// <see cref="FacetCount.Value"/> is (CT.gov text, id, country name, "true"/"false", year).
/// </summary>
public sealed record FacetTally(int Total, IReadOnlyDictionary<SearchFacet, IReadOnlyList<(string Key, int Count)>> Facets);
