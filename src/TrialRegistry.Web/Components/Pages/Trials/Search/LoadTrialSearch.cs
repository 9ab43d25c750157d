using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;

namespace TrialRegistry.Web.Components.Pages.Trials.Search;

/// <summary>One facet's values as the page lists them: display labels, and every selected value present.</summary>
public sealed record FacetValues(SearchFacet Facet, IReadOnlyList<FacetCount> Values);

/// <summary>
/// What the search page shows for one URL (<see cref="Key"/>): a page of hits, the total, the next
/// cursor and the facets; or the identifier the text matched; or why the search could not run.
/// </summary>
public sealed record TrialSearchView(
    string Key,
    IReadOnlyList<TrialSearchHit> Hits,
    int Total,
    string? NextCursor,
    string? IdentifierMatch,
    IReadOnlyList<FacetValues> Facets,
    IReadOnlyList<FacetCount> StartYears,
    IReadOnlyList<string> Notes,
    string? Error)
{
    /// <summary>The identifier the text was, when it found several trials (they are the hits).</summary>
    public string? Identifier { get; init; }

    /// <summary>The sponsors the text named: the hits are the trials they lead (see <see cref="TrialSearchResult.LedBy"/>).</summary>
    public IReadOnlyList<SponsorMatch> LedBy { get; init; } = [];

    public IReadOnlyList<FacetCount> ValuesOf(SearchFacet facet)
        => Facets.FirstOrDefault(f => f.Facet == facet)?.Values ?? [];

    /// <summary>How a selected value reads on its chip ("Phase 2", a condition's name).</summary>
    public string LabelOf(SearchField field, string value)
        => ValuesOf(field.Facet).FirstOrDefault(v => v.Value == value)?.Label ?? field.Label(value) ?? value;
}

/// <summary>
/// Runs the trial search for the page and readies its facets for display: enum values get their
/// CT.gov labels ("Phase 2"), and a selected value that no trial of the other filters has (so the
/// service does not count it) is listed with 0, named from the database, so it can be unticked.
/// </summary>
public static class LoadTrialSearch
{
    public static async Task<TrialSearchView> RunAsync(
        RegistryDbContext db, TrialSearchQuery query, string key, FacetIndex? facetIndex, CancellationToken cancellationToken)
    {
        TrialSearchResult result;
        try
        {
            result = await SearchTrials.RunAsync(db, query, facetIndex, cancellationToken);
        }
        catch (InvalidSearchException e)
        {
            return new TrialSearchView(key, [], 0, null, null, await SelectedOnlyAsync(db, query, cancellationToken), [], [], e.Message);
        }

        if (result.IdentifierMatch is not null || result.Facets is null)
        {
            return new TrialSearchView(key, result.Hits, result.Total, result.NextCursor, result.IdentifierMatch, [], [], [], null) { Identifier = result.Identifier };
        }

        var notes = new List<string>();
        var facets = new List<FacetValues>();
        foreach (var field in SearchField.All)
        {
            var counted = field.CountsIn(result.Facets)
                .Select(c => field.Label(c.Value) is { } label ? c with { Label = label } : c)
                .ToList();
            var missing = field.Selected(query).Except(counted.Select(c => c.Value)).ToList();
            counted.AddRange(await UncountedAsync(db, field, missing, notes, cancellationToken));
            facets.Add(new FacetValues(field.Facet, counted));
        }

        return new TrialSearchView(key, result.Hits, result.Total, result.NextCursor, null, facets, result.Facets.StartYears, notes, null) { LedBy = result.LedBy };
    }

    /// <summary>When the search could not run: just the selected values, so the chips that drop them still read well.</summary>
    private static async Task<IReadOnlyList<FacetValues>> SelectedOnlyAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var facets = new List<FacetValues>();
        foreach (var field in SearchField.All)
        {
            facets.Add(new FacetValues(field.Facet, await UncountedAsync(db, field, field.Selected(query), [], cancellationToken)));
        }

        return facets;
    }

    private static async Task<IReadOnlyList<FacetCount>> UncountedAsync(
        RegistryDbContext db, SearchField field, IReadOnlyList<string> values, List<string> notes, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return [];
        }

        if (!field.IsId)
        {
            return values.Select(v => new FacetCount(v, field.Label(v) ?? v, 0)).ToList();
        }

        var ids = values.Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var names = field.Facet switch
        {
            SearchFacet.Condition => await db.Conditions.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken),
            SearchFacet.Product => await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken),
            _ => await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
        };
        foreach (var id in ids.Where(id => !names.ContainsKey(id)))
        {
            notes.Add($"There is no {field.Title.ToLowerInvariant()} with id {id}: no trial can match it.");
        }

        return ids.Select(id => new FacetCount(
                id.ToString(CultureInfo.InvariantCulture),
                names.TryGetValue(id, out var name) ? name : $"Unknown {field.Title.ToLowerInvariant()} {id}",
                0))
            .ToList();
    }
}
