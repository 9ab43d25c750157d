using System.Globalization;
using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Trials.Search;

/// <summary>
/// One checkbox facet of the trial search as the URL and the page see it: its URL parameter, its
/// title, how its values read, and how they go into and come out of a <see cref="TrialSearchQuery"/>.
/// Values are always the URL spelling (CT.gov enum text, ids, country names, "true"/"false").
/// </summary>
public sealed class SearchField
{
    private readonly Func<TrialSearchQuery, IEnumerable<string>> selected;
    private readonly Func<TrialSearchQuery, IReadOnlyList<string>, TrialSearchQuery> with;
    private readonly Func<string, string?> normalize;
    private readonly Func<string, string?> label;
    private readonly Func<TrialFacets, IReadOnlyList<FacetCount>> counts;

    private SearchField(
        SearchFacet facet,
        string key,
        string title,
        string expected,
        Func<TrialSearchQuery, IEnumerable<string>> selected,
        Func<TrialSearchQuery, IReadOnlyList<string>, TrialSearchQuery> with,
        Func<string, string?> normalize,
        Func<string, string?> label,
        Func<TrialFacets, IReadOnlyList<FacetCount>> counts)
    {
        Facet = facet;
        Key = key;
        Title = title;
        Expected = expected;
        this.selected = selected;
        this.with = with;
        this.normalize = normalize;
        this.label = label;
        this.counts = counts;
    }

    /// <summary>The facets in the order the page shows them (the start-year range is separate).</summary>
    public static IReadOnlyList<SearchField> All { get; } =
    [
        Enum(SearchFacet.Status, "status", "Overall status", "a ClinicalTrials.gov status such as RECRUITING", q => q.Statuses, (q, v) => q with { Statuses = v }, RegistryText.Status, f => f.Statuses),
        Enum(SearchFacet.Phase, "phase", "Phase", "a phase such as PHASE2", q => q.Phases, (q, v) => q with { Phases = v }, RegistryText.Phase, f => f.Phases),
        Enum(SearchFacet.StudyType, "type", "Study type", "a study type such as INTERVENTIONAL", q => q.StudyTypes, (q, v) => q with { StudyTypes = v }, RegistryText.Words, f => f.StudyTypes),
        Ids(SearchFacet.Condition, "condition", "Condition", "a condition id (a number)", q => q.ConditionIds, (q, v) => q with { ConditionIds = v }, f => f.Conditions),
        Enum(SearchFacet.InterventionType, "intervention", "Intervention type", "an intervention type such as DRUG", q => q.InterventionTypes, (q, v) => q with { InterventionTypes = v }, RegistryText.Words, f => f.InterventionTypes),
        Ids(SearchFacet.Product, "product", "Product", "a product id (a number)", q => q.ProductIds, (q, v) => q with { ProductIds = v }, f => f.Products),
        Ids(SearchFacet.Sponsor, "sponsor", "Lead sponsor", "an organization id (a number)", q => q.SponsorIds, (q, v) => q with { SponsorIds = v }, f => f.Sponsors),
        Enum<OrganizationClass>(SearchFacet.SponsorClass, "class", "Sponsor class", "a sponsor class such as INDUSTRY", q => q.SponsorClasses, (q, v) => q with { SponsorClasses = v }, RegistryText.Class, f => f.SponsorClasses),
        new(SearchFacet.Country, "country", "Country", "a country name",
            q => q.Countries, (q, v) => q with { Countries = v },
            text => text.Trim() is { Length: > 0 and <= 100 } country ? country : null,
            country => country,
            f => f.Countries),
        new(SearchFacet.HasResults, "results", "Results", "true or false",
            q => q.HasResults is { } has ? [has ? "true" : "false"] : [],
            (q, v) => q with { HasResults = v.Count == 0 ? null : v[^1] == "true" },
            text => bool.TryParse(text.Trim(), out var has) ? (has ? "true" : "false") : null,
            value => value == "true" ? "With results" : "Without results",
            f => f.HasResults),
    ];

    public SearchFacet Facet { get; }

    /// <summary>The URL query parameter ("status", "phase", ...).</summary>
    public string Key { get; }

    public string Title { get; }

    /// <summary>What a value should look like, for the message about one that does not.</summary>
    public string Expected { get; }

    /// <summary>Only one value at a time (has results); the others are sets of alternatives.</summary>
    public bool IsSingle => Facet == SearchFacet.HasResults;

    /// <summary>Ids whose names come from the database (conditions, products, sponsors).</summary>
    public bool IsId => Facet is SearchFacet.Condition or SearchFacet.Product or SearchFacet.Sponsor;

    public static SearchField Of(SearchFacet facet) => All.Single(f => f.Facet == facet);

    public IReadOnlyList<string> Selected(TrialSearchQuery query) => selected(query).ToList();

    /// <summary>The query with exactly these (valid, URL-spelled) values for this facet, on its first page.</summary>
    public TrialSearchQuery With(TrialSearchQuery query, IEnumerable<string> values)
        => with(query, values.Distinct(StringComparer.Ordinal).ToList()) with { After = null };

    public TrialSearchQuery Adding(TrialSearchQuery query, string value)
        => IsSingle ? With(query, [value]) : With(query, Selected(query).Append(value));

    public TrialSearchQuery Removing(TrialSearchQuery query, string value)
        => With(query, Selected(query).Where(v => v != value));

    /// <summary>The URL spelling of a value typed in a URL ("phase2" → "PHASE2"); null when it is not one.</summary>
    public string? Normalize(string text) => normalize(text);

    /// <summary>How a value reads ("Phase 2"); null for ids, whose names come from the facet counts or the database.</summary>
    public string? Label(string value) => IsId ? null : label(value);

    public IReadOnlyList<FacetCount> CountsIn(TrialFacets facets) => counts(facets);

    private static SearchField Enum<TEnum>(
        SearchFacet facet,
        string key,
        string title,
        string expected,
        Func<TrialSearchQuery, IReadOnlyList<TEnum>> get,
        Func<TrialSearchQuery, IReadOnlyList<TEnum>, TrialSearchQuery> set,
        Func<TEnum, string> label,
        Func<TrialFacets, IReadOnlyList<FacetCount>> counts)
        where TEnum : struct, Enum
        => new(
            facet,
            key,
            title,
            expected,
            q => get(q).Select(CtGovNames.ToCtGov),
            (q, values) => set(q, values.Select(CtGovNames.Parse<TEnum>).ToList()),
            text => CtGovNames.TryParse<TEnum>(text, out var value) ? CtGovNames.ToCtGov(value) : null,
            text => CtGovNames.TryParse<TEnum>(text, out var value) ? label(value) : text,
            counts);

    private static SearchField Ids(
        SearchFacet facet,
        string key,
        string title,
        string expected,
        Func<TrialSearchQuery, IReadOnlyList<int>> get,
        Func<TrialSearchQuery, IReadOnlyList<int>, TrialSearchQuery> set,
        Func<TrialFacets, IReadOnlyList<FacetCount>> counts)
        => new(
            facet,
            key,
            title,
            expected,
            q => get(q).Select(id => id.ToString(CultureInfo.InvariantCulture)),
            (q, values) => set(q, values.Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList()),
            text => int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id.ToString(CultureInfo.InvariantCulture)
                : null,
            _ => null,
            counts);
}
