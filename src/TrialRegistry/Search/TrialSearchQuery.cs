using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search;

public enum TrialSort
{
    /// <summary>Best text match first (only meaningful with text; otherwise last update is used).</summary>
    Relevance,
    LastUpdate,
    StartDate,
    Enrollment,
}

/// <summary>
/// One search of the trial registry: free text in web-search syntax ("quoted phrase", OR,
/// -exclusion) and facet filters. Values inside one facet are alternatives (OR); facets combine with
/// AND. Paging is by keyset: pass the <see cref="TrialSearchResult.NextCursor"/> of a page as
/// <see cref="After"/> to get the next one.
/// </summary>
public sealed record TrialSearchQuery
{
    public const int MaxPageSize = 100;

    public string? Text { get; init; }

    public IReadOnlyList<OverallStatus> Statuses { get; init; } = [];

    public IReadOnlyList<Phase> Phases { get; init; } = [];

    public IReadOnlyList<StudyType> StudyTypes { get; init; } = [];

    public IReadOnlyList<int> ConditionIds { get; init; } = [];

    public IReadOnlyList<InterventionType> InterventionTypes { get; init; } = [];

    public IReadOnlyList<int> ProductIds { get; init; } = [];

    /// <summary>Lead sponsors (organization ids).</summary>
    public IReadOnlyList<int> SponsorIds { get; init; } = [];

    public IReadOnlyList<OrganizationClass> SponsorClasses { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public bool? HasResults { get; init; }

    public int? StartYearFrom { get; init; }

    public int? StartYearTo { get; init; }

    public TrialSort Sort { get; init; } = TrialSort.Relevance;

    public int PageSize { get; init; } = 20;

    /// <summary>Opaque cursor of the previous page's last row; null for the first page.</summary>
    public string? After { get; init; }

    /// <summary>Whether to compute facet counts (the API and exports do not need them).</summary>
    public bool IncludeFacets { get; init; } = true;

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>The sort actually applied: relevance needs text to rank by.</summary>
    public TrialSort EffectiveSort => Sort == TrialSort.Relevance && !HasText ? TrialSort.LastUpdate : Sort;
}
