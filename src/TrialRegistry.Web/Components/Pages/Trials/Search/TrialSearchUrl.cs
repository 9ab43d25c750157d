using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Primitives;
using TrialRegistry.Search;

namespace TrialRegistry.Web.Components.Pages.Trials.Search;

/// <summary>A search read from a URL: the query, the cursors of the pages before this one, and what was left out.</summary>
public sealed record ParsedTrialSearch(TrialSearchQuery Query, IReadOnlyList<string> Previous, IReadOnlyList<string> Problems)
{
    /// <summary>1 for the first page; each earlier page's cursor is in <see cref="Previous"/>.</summary>
    public int PageNumber => Query.After is null ? 1 : Previous.Count + 2;
}

/// <summary>
/// The trial search's whole state lives in the /trials URL (shareable, bookmarkable, back and
/// forward work). This converts both ways between the URL's query parameters and a
/// <see cref="TrialSearchQuery"/>: q, one repeatable parameter per facet (CT.gov spellings: status=
/// RECRUITING, phase=PHASE2; ids for condition, product and sponsor), results, from, to, sort,
/// after (this page's cursor) and prev (the cursors of the pages before it, so Previous works
/// after a reload). Values that mean nothing are left out and reported, never an error page.
/// </summary>
public static class TrialSearchUrl
{
    public const string Path = "/trials";
    public const string TextKey = "q";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string SortKey = "sort";
    public const string AfterKey = "after";
    public const string PreviousKey = "prev";
    public const int PageSize = 20;

    /// <summary>More values than this in one facet are left out (a URL is not a bulk query).</summary>
    public const int MaxValuesPerFacet = 50;

    private static readonly (TrialSort Sort, string Text)[] Sorts =
    [
        (TrialSort.Relevance, "relevance"),
        (TrialSort.LastUpdate, "updated"),
        (TrialSort.StartDate, "start"),
        (TrialSort.Enrollment, "enrollment"),
    ];

    public static string SortText(TrialSort sort) => Sorts.First(s => s.Sort == sort).Text;

    /// <summary>Reads the URL's query parameters (name → values; missing names mean "not given").</summary>
    public static ParsedTrialSearch Parse(IReadOnlyDictionary<string, StringValues> parameters)
    {
        var problems = new List<string>();
        var text = Single(parameters, TextKey)?.Trim();
        var query = new TrialSearchQuery
        {
            Text = string.IsNullOrEmpty(text) ? null : text,
            PageSize = PageSize,
        };

        foreach (var field in SearchField.All)
        {
            var values = new List<string>();
            foreach (var raw in Values(parameters, field.Key))
            {
                if (field.Normalize(raw) is not { } value)
                {
                    problems.Add($"Ignored {field.Key}={Shown(raw)}: expected {field.Expected}.");
                }
                else if (values.Count >= MaxValuesPerFacet)
                {
                    problems.Add($"Ignored {field.Key}={Shown(raw)}: at most {MaxValuesPerFacet} values per filter.");
                }
                else
                {
                    values.Add(value);
                }
            }

            if (field.IsSingle && values.Distinct().Count() > 1)
            {
                problems.Add($"Ignored {field.Key}: it was given more than one value.");
                values.Clear();
            }

            query = field.With(query, values);
        }

        query = query with
        {
            StartYearFrom = Year(parameters, FromKey, problems),
            StartYearTo = Year(parameters, ToKey, problems),
            Sort = Sort(Single(parameters, SortKey), problems),
            After = Single(parameters, AfterKey)?.Trim(),
        };

        // Earlier pages only exist behind a page that is not the first.
        var previous = query.After is null
            ? []
            : Values(parameters, PreviousKey).ToList();
        return new ParsedTrialSearch(query, previous, problems);
    }

    /// <summary>
    /// The URL parameters of a search, for <see cref="NavigationManager.GetUriWithQueryParameters(string, IReadOnlyDictionary{string, object?})"/>:
    /// every name the search uses, null for the ones to leave out.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ToParameters(TrialSearchQuery query, IReadOnlyList<string>? previous = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            [TextKey] = query.HasText ? query.Text!.Trim() : null,
        };
        foreach (var field in SearchField.All)
        {
            var values = field.Selected(query);
            parameters[field.Key] = values.Count == 0 ? null : field.IsSingle ? values[0] : values.ToArray();
        }

        parameters[FromKey] = query.StartYearFrom;
        parameters[ToKey] = query.StartYearTo;
        parameters[SortKey] = query.Sort == TrialSort.Relevance ? null : SortText(query.Sort);
        parameters[AfterKey] = query.After;
        parameters[PreviousKey] = query.After is not null && previous is { Count: > 0 } ? previous.ToArray() : null;
        return parameters;
    }

    /// <summary>The URL parameters of a search as name and value pairs, in the URL's order (hidden form fields).</summary>
    public static IEnumerable<(string Name, string Value)> Fields(TrialSearchQuery query, IReadOnlyList<string>? previous = null)
    {
        foreach (var (name, value) in ToParameters(query, previous))
        {
            switch (value)
            {
                case null:
                    break;
                case string[] values:
                    foreach (var each in values)
                    {
                        yield return (name, each);
                    }

                    break;
                default:
                    yield return (name, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                    break;
            }
        }
    }

    /// <summary>The /trials address of a search ("/trials?q=lupus&amp;phase=PHASE2").</summary>
    public static string Link(NavigationManager navigation, TrialSearchQuery query, IReadOnlyList<string>? previous = null)
        => navigation.GetUriWithQueryParameters(Path, ToParameters(query, previous));

    /// <summary>The first page of the same search (every filter kept).</summary>
    public static TrialSearchQuery FirstPage(TrialSearchQuery query) => query with { After = null };

    /// <summary>Every filter and the text removed; the sort stays.</summary>
    public static TrialSearchQuery Cleared(TrialSearchQuery query)
        => new() { Sort = query.Sort, PageSize = query.PageSize };

    /// <summary>Whether any facet or the year range narrows the search (the text aside).</summary>
    public static bool HasFilters(TrialSearchQuery query)
        => query.StartYearFrom is not null || query.StartYearTo is not null || SearchField.All.Any(f => f.Selected(query).Count > 0);

    /// <summary>A value quoted in a message, cut short: a URL can carry kilobytes of nonsense.</summary>
    private static string Shown(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    // Empty values (an empty form field) mean "not given", not a mistake.
    private static IEnumerable<string> Values(IReadOnlyDictionary<string, StringValues> parameters, string key)
        => parameters.TryGetValue(key, out var values)
            ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)
            : [];

    private static string? Single(IReadOnlyDictionary<string, StringValues> parameters, string key)
        => Values(parameters, key).LastOrDefault();

    private static int? Year(IReadOnlyDictionary<string, StringValues> parameters, string key, List<string> problems)
    {
        var text = Single(parameters, key)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999)
        {
            return year;
        }

        problems.Add($"Ignored {key}={Shown(text)}: expected a start year such as 2015.");
        return null;
    }

    private static TrialSort Sort(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TrialSort.Relevance;
        }

        foreach (var (sort, name) in Sorts)
        {
            if (string.Equals(text.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return sort;
            }
        }

        problems.Add($"Ignored sort={Shown(text)}: expected relevance, updated, start or enrollment.");
        return TrialSort.Relevance;
    }
}
