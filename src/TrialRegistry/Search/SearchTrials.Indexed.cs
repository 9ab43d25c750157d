using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Search.Facets;
using TrialRegistry.Search.Ranking;

namespace TrialRegistry.Search;

public static partial class SearchTrials
{
    /// <summary>
    /// The search with the facet index (docs/decisions/0024, 0026): PostgreSQL gives the ids of the
    /// text's matches (one array from trial_search_text's GIN index), the index filters, counts and
    /// orders them in memory, and PostgreSQL gives the page's rows by id. Null when the index is
    /// behind the database or the query holds what the index cannot rank; the SQL path then answers.
    /// </summary>
    private static async Task<TrialSearchResult?> IndexedAsync(
        RegistryDbContext db, TrialSearchQuery query, FacetIndex index, CancellationToken cancellationToken)
    {
        var sort = query.EffectiveSort;
        var cursor = query.After is null ? null : SearchCursor.Decode(query.After, sort);
        var after = cursor is null ? ((long, int)?)null : (PrimaryOf(cursor), cursor.Id);
        var filter = FacetFilter.Of(query);

        int[]? candidates = null;
        TextRanking? ranking = null;
        string? textQuery = null;
        if (query.HasText)
        {
            var generation = index.Generation;
            var matches = index.CachedTextMatches(query.Text!);
            if (matches is null)
            {
                matches = await TextMatchesAsync(db, query.Text!, cancellationToken);
                index.CacheTextMatches(query.Text!, generation, matches);
            }

            candidates = matches.Ids;
            textQuery = matches.Query;
            if (sort == TrialSort.Relevance)
            {
                if (TextQuery.Parse(matches.Query) is not { } parsed)
                {
                    return null; // nothing to rank by (only stop words): the SQL path answers "no match" as fast
                }

                ranking = new TextRanking(parsed, parsed.IsConjunctionOfWords ? TextQuery.Parse(matches.Phrase) : null);
            }
        }

        var order = new PageOrder(sort, ranking, after, query.PageSize + 1);
        if (index.Order(filter, candidates, order) is not { } page)
        {
            return null;
        }

        if (page.NeedsSummary)
        {
            var summary = await db.Database
                .SqlQuery<int[]>($"SELECT search_summary_matches({textQuery}::tsquery) AS \"Value\"")
                .SingleAsync(cancellationToken);
            page = index.Order(filter, candidates, order with { Ranking = ranking!.WithSummary(summary.ToHashSet()) });
            if (page is null)
            {
                return null;
            }
        }

        // The total comes from the same pass as the facet counts (cached for searches without text).
        if (index.Tally(filter, candidates) is not { } tally)
        {
            return null;
        }

        var facets = query.IncludeFacets ? await IndexedFacets.NamedAsync(db, tally, cancellationToken) : null;

        var shown = page.Rows.Take(query.PageSize).ToList();
        var ids = shown.Select(r => r.TrialId).ToList();
        var hits = ids.Count == 0 ? [] : (await Project(db.Trials.AsNoTracking().Where(t => ids.Contains(t.Id))).ToListAsync(cancellationToken)).ToDictionary(h => h.Id);
        if (hits.Count != ids.Count)
        {
            return null; // a trial of the page was deleted since the index last heard
        }

        var ordered = await WithConditionsAsync(db, ids.Select(id => hits[id]).ToList(), cancellationToken);
        var next = page.Rows.Count > query.PageSize ? new SearchCursor(sort, KeyOf(sort, shown[^1].Primary), shown[^1].TrialId).Encode() : null;
        return new TrialSearchResult(ordered, tally.Total, next, facets, null);
    }

    /// <summary>The text's tsquery and phrase form as PostgreSQL prints them, and the ids of its matches: one round trip.</summary>
    internal static async Task<TextMatches> TextMatchesAsync(RegistryDbContext db, string text, CancellationToken cancellationToken)
    {
        var row = await db.Database.SqlQuery<TextMatchRow>($"""
                SELECT q::text AS query, p::text AS phrase, search_text_matches(q) AS ids
                FROM websearch_to_tsquery('english', {text}) q, phraseto_tsquery('english', {text}) p
                """)
            .SingleAsync(cancellationToken);
        return new TextMatches(row.Query, row.Phrase, row.Ids);
    }

    private sealed record TextMatchRow(string Query, string Phrase, int[] Ids);

    // The cursor's key as the index orders: a day number for dates, the enrollment, or for relevance
    // the tier in the high 32 bits and the day of the last update below (see KeyOf).
    private static long PrimaryOf(SearchCursor cursor)
    {
        try
        {
            return cursor.Sort switch
            {
                TrialSort.Enrollment => int.Parse(cursor.Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                TrialSort.Relevance => RelevanceKey.Parse(cursor.Key) is var (tier, day) ? ((long)tier << 32) | (uint)day.DayNumber : 0,
                _ => DateOnly.ParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber,
            };
        }
        catch (FormatException)
        {
            throw new InvalidSearchException("The page cursor is not valid for this search; start again from the first page.");
        }
    }

    private static string KeyOf(TrialSort sort, long primary) => sort switch
    {
        TrialSort.Enrollment => primary.ToString(CultureInfo.InvariantCulture),
        TrialSort.Relevance => RelevanceKey.Format((int)(primary >> 32), DateOnly.FromDayNumber((int)(primary & uint.MaxValue))),
        _ => DateOnly.FromDayNumber((int)primary).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A relevance cursor's key: "tier:yyyy-MM-dd" (tier 0–3, then the last update), the same on both paths.</summary>
    private static class RelevanceKey
    {
        public static string Format(int tier, DateOnly day)
            => string.Create(CultureInfo.InvariantCulture, $"{tier}:{day:yyyy-MM-dd}");

        public static (int Tier, DateOnly Day) Parse(string key)
        {
            var parts = key.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tier) || tier > TextRanking.PhraseTier)
            {
                throw new FormatException();
            }

            return (tier, DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
