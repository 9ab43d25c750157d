using System.Globalization;
using Microsoft.AspNetCore.Components;
using TrialRegistry.Search;

namespace TrialRegistry.Web.Components.Pages.Trials.Search;

/// <summary>
/// The search page's title, description and canonical address, read from its query: the text and the
/// filters in words ("Recruiting phase 2 trials of “lupus” in France"), so that every search has a
/// title of its own in a browser tab, a bookmark, a shared link or a search engine's results.
/// </summary>
public static class TrialSearchMeta
{
    /// <summary>Values of one filter named in full; more are summed up ("A, B, C or 4 more").</summary>
    private const int NamedValues = 3;

    public static string Title(ParsedTrialSearch search, TrialSearchView? view)
    {
        var title = Capitalized(Phrase(search.Query, view, plural: true));
        return search.PageNumber > 1 ? $"{title}, page {search.PageNumber}" : title;
    }

    public static string Description(ParsedTrialSearch search, TrialSearchView? view)
    {
        var found = view is { Error: null } loaded
            ? $"{loaded.Total.ToString("N0", CultureInfo.InvariantCulture)} {Phrase(search.Query, view, plural: loaded.Total != 1)}"
            : Capitalized(Phrase(search.Query, view, plural: true));
        var page = search.PageNumber > 1 ? $" (page {search.PageNumber})" : string.Empty;
        return $"{found}{page}. Search registered clinical trials by condition, product, sponsor, phase, status, country and start year.";
    }

    /// <summary>
    /// The text and the filters only: a sort orders the same trials, and the cursors of later pages
    /// (after, prev) are opaque, tied to the sort and go stale when records change, so later pages name
    /// the first page as canonical (every trial has its own indexed page, listed in the sitemap).
    /// </summary>
    public static string Canonical(NavigationManager navigation, TrialSearchQuery query)
        => TrialSearchUrl.Link(navigation, TrialSearchUrl.FirstPage(query) with { Sort = TrialSort.Relevance });

    // "recruiting phase 2 trials of “lupus” in France": qualifiers before the noun, the rest after it.
    private static string Phrase(TrialSearchQuery query, TrialSearchView? view, bool plural)
    {
        string Values(SearchFacet facet, Func<string, string>? shape = null)
        {
            var field = SearchField.Of(facet);
            var labels = field.Selected(query).Select(value => Label(field, value, view)).Select(shape ?? (label => label)).ToList();
            return labels.Count <= NamedValues
                ? string.Join(" or ", labels)
                : $"{string.Join(", ", labels.Take(NamedValues))} or {labels.Count - NamedValues} more";
        }

        var before = new[] { Values(SearchFacet.Status, Lower), Values(SearchFacet.Phase, PhaseWords), Values(SearchFacet.StudyType, Lower) };
        var after = new List<string>();
        if (query.HasText)
        {
            after.Add($"of “{query.Text!.Trim()}”");
        }

        void Add(string prefix, SearchFacet facet, Func<string, string>? shape = null, string suffix = "")
        {
            if (SearchField.Of(facet).Selected(query).Count > 0)
            {
                after.Add(prefix + Values(facet, shape) + suffix);
            }
        }

        Add("for ", SearchFacet.Condition);
        Add("with ", SearchFacet.InterventionType, Lower, " interventions");
        Add("testing ", SearchFacet.Product);
        Add("led by ", SearchFacet.Sponsor);
        Add("with ", SearchFacet.SponsorClass, Lower, " sponsors");
        Add("in ", SearchFacet.Country);
        Add(string.Empty, SearchFacet.HasResults, Lower);
        if (StartYears(query) is { } years)
        {
            after.Add(years);
        }

        return string.Join(' ', before.Where(part => part.Length > 0).Append(plural ? "trials" : "trial").Concat(after));
    }

    private static string? StartYears(TrialSearchQuery query) => (query.StartYearFrom, query.StartYearTo) switch
    {
        (null, null) => null,
        ({ } from, { } to) when from == to => $"starting in {from}",
        ({ } from, { } to) => $"starting {from}–{to}",
        ({ } from, null) => $"starting in {from} or later",
        _ => $"starting in {query.StartYearTo} or earlier",
    };

    // Names of ids come from the search's facets; an enhanced navigation without text streams the
    // search after the head is written (TrialList), so there the id itself has to do.
    private static string Label(SearchField field, string value, TrialSearchView? view)
        => view?.LabelOf(field, value) ?? field.Label(value) ?? $"{field.Title.ToLowerInvariant()} {value}";

    // "Phase 2" → "phase 2"; "not applicable trials" would not say what is not applicable.
    private static string PhaseWords(string label) => label == "Not applicable" ? "phase N/A" : Lower(label);

    // Acronyms stay as they are ("NIH").
    private static string Lower(string label)
        => label.Length > 1 && char.IsUpper(label[1]) ? label : char.ToLowerInvariant(label[0]) + label[1..];

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
