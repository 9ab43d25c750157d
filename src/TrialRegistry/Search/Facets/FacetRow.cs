using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search.Facets;

/// <summary>
/// One trial's values of every search facet, as <see cref="FacetIndex"/> keeps them: what the
/// filters of <see cref="TrialSearchQuery"/> test and the facet counts count. Lists are kept as
/// stored (conditions per trial_condition row, countries per element of trials.countries), so a
/// count here is the count the SQL GROUP BY gives.
/// </summary>
public sealed record FacetRow(
    int TrialId,
    OverallStatus Status,
    StudyType StudyType,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<InterventionType> InterventionTypes,
    int SponsorId,
    OrganizationClass SponsorClass,
    IReadOnlyList<string> Countries,
    bool HasResults,
    int? StartYear,
    IReadOnlyList<int> ConditionIds,
    IReadOnlyList<int> ProductIds);
