using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Import;
using TrialRegistry.Search.Facets;
using TrialRegistry.Trials;

namespace TrialRegistry.Search;

/// <summary>
/// The trial search: PostgreSQL full-text search over trial_search_text
/// (websearch_to_tsquery: phrases, OR, -exclusion, English stemming), facet filters, facet counts
/// that ignore their own facet's filter, relevance tiers and keyset paging. With the facet index
/// the filtering, counting and ordering happen in memory (SearchTrials.Indexed.cs); this file's SQL
/// path gives the same answers while the index builds. See docs/decisions/0008, 0024 and 0026.
/// </summary>
public static partial class SearchTrials
{
    private const string TextSearchConfig = "english";

    public static Task<TrialSearchResult> RunAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken = default)
        => RunAsync(db, query, facetIndex: null, cancellationToken);

    /// <param name="facetIndex">
    /// Counts facets in memory when given (<see cref="FacetIndexHost.GetFreshAsync"/>); without one, or
    /// when it is behind the database, they are counted with SQL. Both give the same numbers.
    /// </param>
    public static async Task<TrialSearchResult> RunAsync(
        RegistryDbContext db, TrialSearchQuery query, FacetIndex? facetIndex, CancellationToken cancellationToken = default)
    {
        Validate(query);

        // The box's text is first read as an identifier, then as a sponsor's name; only then as words
        // (SearchTrials.Box.cs, docs/decisions/0025-search-box-readings.md).
        if (await ReadBoxAsync(db, query, cancellationToken) is { IsWords: false } reading)
        {
            return reading.Identified is not null
                ? await IdentifiedAsync(db, reading, cancellationToken)
                : await RunAsync(db, reading.Query, facetIndex, cancellationToken) with { LedBy = reading.LedBy };
        }

        if (facetIndex is not null && await IndexedAsync(db, query, facetIndex, cancellationToken) is { } indexed)
        {
            return indexed;
        }

        var matching = Filter(db, query, except: null);
        var (page, next) = await PageAsync(db, matching, query, cancellationToken);
        if (!query.IncludeFacets)
        {
            return new TrialSearchResult(page, await matching.CountAsync(cancellationToken), next, null, null);
        }

        // The total comes with the facet counts, from the same pass over the match set.
        var (total, facets) = await SearchFacets.CountAsync(db, query, cancellationToken);
        return new TrialSearchResult(page, total, next, facets, null);
    }

    private static void Validate(TrialSearchQuery query)
    {
        if (query.PageSize is < 1 or > TrialSearchQuery.MaxPageSize)
        {
            throw new InvalidSearchException($"The page size must be between 1 and {TrialSearchQuery.MaxPageSize}.");
        }

        if (query.StartYearFrom is { } from && query.StartYearTo is { } to && from > to)
        {
            throw new InvalidSearchException($"The start year range {from}–{to} is empty: the first year is after the last.");
        }

        if (query.Text?.Length > 500)
        {
            throw new InvalidSearchException("The search text is longer than 500 characters.");
        }
    }

    /// <summary>
    /// The trials whose registry id, organization's study id or one of whose secondary ids is the box's
    /// text (trimmed, case-insensitive), in registry id order; at most <paramref name="max"/> + 1 of them.
    /// Three exact lookups through btree indexes (registry_id; upper(org_study_id) and
    /// upper(trial_secondary_id.value), expression indexes) in one UNION: an OR across the columns and
    /// tables could use none of them (docs/decisions/0008).
    /// </summary>
    private static async Task<List<IdentifiedTrial>> FindByIdentifierAsync(RegistryDbContext db, string key, int max, CancellationToken cancellationToken)
    {
        var ids = db.Trials.Where(t => t.RegistryId == key).Select(t => t.Id)
            .Union(db.Trials.Where(t => t.OrgStudyId!.ToUpper() == key).Select(t => t.Id))
            .Union(db.Set<TrialSecondaryId>().Where(s => s.Value.ToUpper() == key).Select(s => s.TrialId));

        // The rows as the result lists them, in the same round trip: an identifier is answered in two.
        var hits = await Project(db.Trials.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.RegistryId).Take(max + 1))
            .ToListAsync(cancellationToken);
        return hits.ConvertAll(h => new IdentifiedTrial(h.Id, h.RegistryId, h.RegistryId == key, h));
    }

    /// <summary>Trials matching every filter of <paramref name="query"/> except <paramref name="except"/>'s.</summary>
    internal static IQueryable<Trial> Filter(RegistryDbContext db, TrialSearchQuery query, SearchFacet? except)
    {
        var trials = db.Trials.AsNoTracking();
        if (query.HasText)
        {
            var text = query.Text!;
            trials = trials.Where(t => db.Set<TrialSearchText>()
                .Any(s => s.TrialId == t.Id && s.Everything.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfig, text))));
        }

        if (query.Statuses.Count > 0 && except != SearchFacet.Status)
        {
            var statuses = query.Statuses.ToList();
            trials = trials.Where(t => statuses.Contains(t.OverallStatus));
        }

        if (query.Phases.Count > 0 && except != SearchFacet.Phase)
        {
            var phases = query.Phases.ToList();
            trials = trials.Where(t => t.Phases.Any(p => phases.Contains(p)));
        }

        if (query.StudyTypes.Count > 0 && except != SearchFacet.StudyType)
        {
            var types = query.StudyTypes.ToList();
            trials = trials.Where(t => types.Contains(t.StudyType));
        }

        if (query.ConditionIds.Count > 0 && except != SearchFacet.Condition)
        {
            var ids = query.ConditionIds.ToList();
            trials = trials.Where(t => t.Conditions.Any(c => ids.Contains(c.ConditionId)));
        }

        if (query.InterventionTypes.Count > 0 && except != SearchFacet.InterventionType)
        {
            var types = query.InterventionTypes.ToList();
            trials = trials.Where(t => t.InterventionTypes.Any(i => types.Contains(i)));
        }

        if (query.ProductIds.Count > 0 && except != SearchFacet.Product)
        {
            var ids = query.ProductIds.ToList();
            trials = trials.Where(t => t.Interventions.Any(i => i.ProductId != null && ids.Contains(i.ProductId.Value)));
        }

        if (query.SponsorIds.Count > 0 && except != SearchFacet.Sponsor)
        {
            var ids = query.SponsorIds.ToList();
            trials = trials.Where(t => ids.Contains(t.LeadSponsorId));
        }

        if (query.SponsorClasses.Count > 0 && except != SearchFacet.SponsorClass)
        {
            var classes = query.SponsorClasses.ToList();
            trials = trials.Where(t => classes.Contains(t.LeadSponsor.Class));
        }

        if (query.Countries.Count > 0 && except != SearchFacet.Country)
        {
            var countries = query.Countries.ToList();
            trials = trials.Where(t => t.Countries.Any(c => countries.Contains(c)));
        }

        if (query.HasResults is { } hasResults && except != SearchFacet.HasResults)
        {
            trials = trials.Where(t => t.HasResults == hasResults);
        }

        if (except != SearchFacet.StartYear)
        {
            if (query.StartYearFrom is { } from)
            {
                trials = trials.Where(t => EF.Property<int?>(t, TrialConfiguration.StartYear) >= from);
            }

            if (query.StartYearTo is { } to)
            {
                trials = trials.Where(t => EF.Property<int?>(t, TrialConfiguration.StartYear) <= to);
            }
        }

        return trials;
    }

    private static async Task<(IReadOnlyList<TrialSearchHit> Page, string? Next)> PageAsync(
        RegistryDbContext db, IQueryable<Trial> matching, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var sort = query.EffectiveSort;
        var cursor = query.After is null ? null : SearchCursor.Decode(query.After, sort);
        var take = query.PageSize + 1;
        List<(TrialSearchHit Hit, string Key)> rows;
        if (sort == TrialSort.Relevance)
        {
            rows = await RelevancePageAsync(db, matching, query.Text!, cursor, take, cancellationToken);
        }
        else
        {
            rows = await KeyPageAsync(matching, sort, cursor, take, cancellationToken);
        }

        var hasMore = rows.Count > query.PageSize;
        var page = rows.Take(query.PageSize).ToList();
        var next = hasMore ? new SearchCursor(sort, page[^1].Key, page[^1].Hit.Id).Encode() : null;
        return (await WithConditionsAsync(db, page.Select(r => r.Hit).ToList(), cancellationToken), next);
    }

    // Relevance tiers (TextRanking, docs/decisions/0026): the head holds the phrase, the head holds
    // the query, the summary does, only the rest does; then the last update, newest first, then id.
    // The same order as the facet index's, with the same cursor key, so a page can follow one from
    // the other path.
    private static async Task<List<(TrialSearchHit, string)>> RelevancePageAsync(
        RegistryDbContext db, IQueryable<Trial> matching, string text, SearchCursor? cursor, int take, CancellationToken cancellationToken)
    {
        var printed = await db.Database.SqlQuery<string>($"SELECT websearch_to_tsquery('english', {text})::text AS \"Value\"").SingleAsync(cancellationToken);
        var usePhrase = Ranking.TextQuery.Parse(printed)?.IsConjunctionOfWords ?? false;
        var ranked = matching.Join(
            db.Set<TrialSearchText>(),
            t => t.Id,
            s => s.TrialId,
            (t, s) => new
            {
                Trial = t,
                Tier = s.Head.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfig, text))
                    ? (usePhrase && s.Head.Matches(EF.Functions.PhraseToTsQuery(TextSearchConfig, text)) ? Ranking.TextRanking.PhraseTier : Ranking.TextRanking.HeadTier)
                    : s.Summary.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfig, text)) ? Ranking.TextRanking.SummaryTier : 0,
                Day = EF.Property<DateOnly>(t, TrialConfiguration.SortLastUpdate),
            });
        if (cursor is not null)
        {
            int tier;
            DateOnly day;
            try
            {
                (tier, day) = RelevanceKey.Parse(cursor.Key);
            }
            catch (FormatException)
            {
                throw new InvalidSearchException("The page cursor is not valid for this search; start again from the first page.");
            }

            ranked = ranked.Where(r => r.Tier < tier || (r.Tier == tier && (r.Day < day || (r.Day == day && r.Trial.Id > cursor.Id))));
        }

        var ids = await ranked.OrderByDescending(r => r.Tier).ThenByDescending(r => r.Day).ThenBy(r => r.Trial.Id)
            .Take(take)
            .Select(r => new { r.Trial.Id, r.Tier, r.Day })
            .ToListAsync(cancellationToken);
        return await HitsInOrderAsync(matching, ids.Select(r => (r.Id, RelevanceKey.Format(r.Tier, r.Day))).ToList(), cancellationToken);
    }

    private static async Task<List<(TrialSearchHit, string)>> KeyPageAsync(
        IQueryable<Trial> matching, TrialSort sort, SearchCursor? cursor, int take, CancellationToken cancellationToken)
    {
        // Newest first for dates, largest first for enrollment; id breaks ties (descending with the
        // key, so one btree index on (key, id) serves the scan backwards).
        List<(int Id, string Key)> keys;
        if (sort == TrialSort.Enrollment)
        {
            var page = matching;
            if (cursor is not null)
            {
                var key = int.Parse(cursor.Key, CultureInfo.InvariantCulture);
                // "key <= k AND (key < k OR id < i)": the first conjunct is an index range, so a deep
                // page starts where the previous one ended instead of walking from the top.
                page = page.Where(t => EF.Property<int>(t, TrialConfiguration.SortEnrollment) <= key
                    && (EF.Property<int>(t, TrialConfiguration.SortEnrollment) < key || t.Id < cursor.Id));
            }

            keys = (await page.OrderByDescending(t => EF.Property<int>(t, TrialConfiguration.SortEnrollment)).ThenByDescending(t => t.Id)
                    .Take(take)
                    .Select(t => new { t.Id, Key = EF.Property<int>(t, TrialConfiguration.SortEnrollment) })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.Key.ToString(CultureInfo.InvariantCulture))).ToList();
        }
        else
        {
            var column = sort == TrialSort.StartDate ? TrialConfiguration.SortStart : TrialConfiguration.SortLastUpdate;
            var page = matching;
            if (cursor is not null)
            {
                var key = DateOnly.ParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                page = page.Where(t => EF.Property<DateOnly>(t, column) <= key
                    && (EF.Property<DateOnly>(t, column) < key || t.Id < cursor.Id));
            }

            keys = (await page.OrderByDescending(t => EF.Property<DateOnly>(t, column)).ThenByDescending(t => t.Id)
                    .Take(take)
                    .Select(t => new { t.Id, Key = EF.Property<DateOnly>(t, column) })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        }

        return await HitsInOrderAsync(matching, keys, cancellationToken);
    }

    /// <summary>Loads the rows of one page (ids already chosen and ordered) with what a result row shows.</summary>
    private static async Task<List<(TrialSearchHit, string)>> HitsInOrderAsync(
        IQueryable<Trial> matching, List<(int Id, string Key)> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.Id).ToList();
        var hits = (await Project(matching.Where(t => ids.Contains(t.Id))).ToListAsync(cancellationToken)).ToDictionary(h => h.Id);
        return keys.Select(k => (hits[k.Id], k.Key)).ToList();
    }

    private static IQueryable<TrialSearchHit> Project(IQueryable<Trial> trials)
        => trials.Select(t => new TrialSearchHit(
            t.Id,
            t.RegistryId,
            t.BriefTitle,
            t.Acronym,
            t.OverallStatus,
            t.LastKnownStatus,
            t.Phases,
            t.StudyType,
            t.LeadSponsorId,
            t.LeadSponsor.Name,
            new List<string>(),
            t.StartDate,
            t.CompletionDate,
            t.LastUpdatePostDate,
            t.EnrollmentCount,
            t.EnrollmentType,
            t.HasResults,
            t.IsSynthetic));

    /// <summary>
    /// Fills in the conditions of a page's rows with a second query: a collection in the same
    /// projection as the nullable complex dates makes EF Core 10 load whole trial entities
    /// (source record included) instead of the columns a row shows.
    /// </summary>
    private static async Task<List<TrialSearchHit>> WithConditionsAsync(RegistryDbContext db, List<TrialSearchHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return hits;
        }

        var ids = hits.Select(h => h.Id).ToList();
        var conditions = (await db.Set<TrialCondition>()
                .Where(c => ids.Contains(c.TrialId))
                .OrderBy(c => c.TrialId).ThenBy(c => c.Ordinal)
                .Select(c => new { c.TrialId, c.Condition.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.TrialId, c => c.Name);
        return hits.Select(h => h with { Conditions = conditions[h.Id].ToList() }).ToList();
    }
}
