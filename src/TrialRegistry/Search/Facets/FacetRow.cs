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
    IReadOnlyList<int> ProductIds)
{
    /// <summary>The stored sort keys (trials.sort_last_update, sort_start as day numbers, 0 when missing; sort_enrollment, -1 when missing).</summary>
    public SortKeys Keys { get; init; } = new(0, 0, -1);

    /// <summary>Position slots of the head words (<see cref="Ranking.HeadWords.SlotsOf"/>).</summary>
    public int[] Head { get; init; } = [];
}

/// <summary>A trial's keys for the three date and size sorts of the search page.</summary>
public readonly record struct SortKeys(int LastUpdateDay, int StartDay, int Enrollment);
