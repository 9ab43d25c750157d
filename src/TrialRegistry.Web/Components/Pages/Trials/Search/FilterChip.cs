using TrialRegistry.Search;

namespace TrialRegistry.Web.Components.Pages.Trials.Search;

/// <summary>One filter in force, as a chip that removes it: what it is and the search without it.</summary>
public sealed record FilterChip(string Title, string Label, TrialSearchQuery Without)
{
    public static IReadOnlyList<FilterChip> Of(TrialSearchQuery query, TrialSearchView? view)
    {
        var chips = new List<FilterChip>();
        foreach (var field in SearchField.All)
        {
            foreach (var value in field.Selected(query))
            {
                var label = view?.LabelOf(field, value) ?? field.Label(value) ?? value;
                chips.Add(new FilterChip(field.Title, label, field.Removing(query, value)));
            }
        }

        if (query.StartYearFrom is not null || query.StartYearTo is not null)
        {
            var label = (query.StartYearFrom, query.StartYearTo) switch
            {
                ({ } from, { } to) when from == to => $"{from}",
                ({ } from, { } to) => $"{from}–{to}",
                ({ } from, null) => $"{from} or later",
                _ => $"{query.StartYearTo} or earlier",
            };
            chips.Add(new FilterChip("Start year", label, query with { StartYearFrom = null, StartYearTo = null, After = null }));
        }

        return chips;
    }
}
