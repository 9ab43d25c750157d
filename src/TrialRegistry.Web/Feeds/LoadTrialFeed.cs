using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Search;

namespace TrialRegistry.Web.Feeds;

/// <summary>One entry of a trial feed: a search hit with the times this registry added and last changed it.</summary>
public sealed record TrialFeedEntry(TrialSearchHit Trial, DateTimeOffset AddedAt, DateTimeOffset ChangedAt);

/// <summary>
/// The trials of a feed: the search page's own search (<see cref="SearchTrials"/>, every filter of
/// the URL) in its "updated" order, newest Last Update Posted first as on the search page's sort and
/// on ClinicalTrials.gov's own feeds, <see cref="Size"/> of them, without facet counts.
/// </summary>
public static class LoadTrialFeed
{
    public const int Size = 50;

    /// <exception cref="InvalidSearchException">The search cannot run (e.g. an empty start-year range).</exception>
    public static async Task<IReadOnlyList<TrialFeedEntry>> RunAsync(
        RegistryDbContext db, TrialSearchQuery search, Search.Facets.FacetIndex? facetIndex, CancellationToken cancellationToken)
    {
        var query = search with { Sort = TrialSort.LastUpdate, PageSize = Size, After = null, IncludeFacets = false };
        var result = await SearchTrials.RunAsync(db, query, facetIndex, cancellationToken);
        var ids = result.Hits.Select(h => h.Id).ToList();
        var times = await db.Trials.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.CreatedAt, t.UpdatedAt })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        return result.Hits
            .Where(h => times.ContainsKey(h.Id))
            .Select(h => new TrialFeedEntry(h, times[h.Id].CreatedAt, times[h.Id].UpdatedAt))
            .ToList();
    }
}
