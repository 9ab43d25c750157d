using TrialRegistry.Trials;

namespace TrialRegistry.Search;

/// <summary>A page of matching trials, the total, the cursor of the next page and the facet counts.</summary>
public sealed record TrialSearchResult(
    IReadOnlyList<TrialSearchHit> Hits,
    int Total,
    string? NextCursor,
    TrialFacets? Facets,
    string? IdentifierMatch)
{
    /// <summary>
    /// Set when the text was the identifier (registry id, organization's study id or secondary id) of
    /// exactly one trial: its registry id. The hits then hold just that trial.
    /// </summary>
    public string? IdentifierMatch { get; init; } = IdentifierMatch;

    /// <summary>
    /// The identifier the text was (trimmed, upper case) when it found trials: then the hits are those
    /// trials (one, or several sharing an organization's study id), without facets or further pages.
    /// </summary>
    public string? Identifier { get; init; }

    /// <summary>
    /// The sponsors the text named (by name or alias) when the search returned the trials they lead
    /// instead of searching the words; the facets and pages are those of that sponsor filter.
    /// </summary>
    public IReadOnlyList<SponsorMatch> LedBy { get; init; } = [];
}

/// <summary>An organization whose name or alias the search text was.</summary>
public sealed record SponsorMatch(int Id, string Name);

/// <summary>What a result row shows.</summary>
public sealed record TrialSearchHit(
    int Id,
    string RegistryId,
    string BriefTitle,
    string? Acronym,
    OverallStatus OverallStatus,
    OverallStatus? LastKnownStatus,
    IReadOnlyList<Phase> Phases,
    StudyType StudyType,
    int LeadSponsorId,
    string LeadSponsor,
    IReadOnlyList<string> Conditions,
    RegistryDate? StartDate,
    RegistryDate? CompletionDate,
    RegistryDate? LastUpdatePostDate,
    int? EnrollmentCount,
    EnrollmentType? EnrollmentType,
    bool HasResults,
    bool IsSynthetic);

/// <summary>
/// One value of a facet with the number of trials that match the search with that value, counting
/// all active filters except the facet's own (so choosing another value of it shows what you get).
/// <see cref="Value"/> is what goes into the query and the URL: the CT.gov text for enums, the id
/// for conditions, products and sponsors, the name for countries, the year for start years.
/// </summary>
public sealed record FacetCount(string Value, string Label, int Count);

public sealed record TrialFacets(
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Phases,
    IReadOnlyList<FacetCount> StudyTypes,
    IReadOnlyList<FacetCount> Conditions,
    IReadOnlyList<FacetCount> InterventionTypes,
    IReadOnlyList<FacetCount> Products,
    IReadOnlyList<FacetCount> Sponsors,
    IReadOnlyList<FacetCount> SponsorClasses,
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<FacetCount> HasResults,
    IReadOnlyList<FacetCount> StartYears);
