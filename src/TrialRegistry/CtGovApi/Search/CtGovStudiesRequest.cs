using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>The response format of <c>GET /api/v2/studies</c>.</summary>
public enum CtGovFormat
{
    Json,
    Csv,
}

/// <summary>
/// One <c>GET /api/v2/studies</c> request in the ClinicalTrials.gov v2 dialect, parsed and checked
/// (<see cref="CtGovStudiesParameters.Parse"/>). The <c>query.*</c> texts are free text in the
/// registry's web-search syntax (an approximation of Essie: words, "phrases", OR, NOT/-); the
/// filters are exact.
/// </summary>
public sealed record CtGovStudiesRequest
{
    public const int DefaultPageSize = 10;

    public const int MaxPageSize = 1000;

    /// <summary>query.term without its AREA[...] parts (those are in <see cref="Advanced"/>).</summary>
    public string? Term { get; init; }

    public string? Conditions { get; init; }

    public string? Interventions { get; init; }

    public string? Titles { get; init; }

    public string? Outcomes { get; init; }

    /// <summary>Lead sponsor or collaborator.</summary>
    public string? Sponsors { get; init; }

    public string? LeadSponsor { get; init; }

    public string? Locations { get; init; }

    /// <summary>query.id: identifiers (NCT, org study id, secondary ids), matched whole and case-insensitively.</summary>
    public IReadOnlyList<string> StudyIds { get; init; } = [];

    public IReadOnlyList<OverallStatus> Statuses { get; init; } = [];

    /// <summary>filter.ids, as NCT + 8 digits.</summary>
    public IReadOnlyList<string> NctIds { get; init; } = [];

    public GeoDistance? Geo { get; init; }

    /// <summary>The AREA[...] conditions of filter.advanced, postFilter.advanced and query.term, all to hold.</summary>
    public IReadOnlyList<AdvancedCondition> Advanced { get; init; } = [];

    /// <summary>
    /// Set when a query parameter holds nothing but NCT ids: CT.gov then returns those studies and
    /// ignores the filters.
    /// </summary>
    public IReadOnlyList<string>? OnlyNctIds { get; init; }

    public CtGovSort Sort { get; init; } = CtGovSort.Unsorted;

    public int PageSize { get; init; } = DefaultPageSize;

    public string? PageToken { get; init; }

    public bool CountTotal { get; init; }

    /// <summary>The raw fields parameter (JSON: fields of the study; CSV: column names); null for all.</summary>
    public string? Fields { get; init; }

    public CtGovFormat Format { get; init; } = CtGovFormat.Json;

    /// <summary>The text relevance ranks by: query.term, else the first of conditions, interventions, titles.</summary>
    public string? RankText => new[] { Term, Conditions, Interventions, Titles }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
}

/// <summary>filter.geo: <c>distance(lat,lon,50mi)</c>; the distance in kilometres.</summary>
public sealed record GeoDistance(double Latitude, double Longitude, double Kilometres);

/// <summary>A request that cannot be answered as asked: CT.gov answers 400 with the message as plain text.</summary>
public sealed class CtGovRequestException(string message) : Exception(message);
