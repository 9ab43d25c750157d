using CsCheck;
using Npgsql;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>
/// The facet index's pages are the SQL path's pages: same rows in the same order for every sort
/// (relevance tiers included), same totals and facets, and a cursor from one path continues on
/// the other, so a reader paging while the index is rebuilt sees every row exactly once.
/// </summary>
public sealed class IndexedPagingTests(FacetCorpusDatabase corpus) : IClassFixture<FacetCorpusDatabase>
{
    private const int PageSize = 40;

    private static readonly string?[] Texts =
    [
        null, "lupus", "heart cancer", "\"stem cell\"", "cancer OR heart", "kidney -pain", "study", "summary",
        "clinic lupus", "cell stem", "nomatchword", "pain OR \"heart kidney\"", "the",
    ];

    [Fact]
    public async Task A_patch_drops_the_sort_orders_so_a_moved_trial_is_never_paged_from_a_stale_order()
    {
        var index = await BuildIndexAsync();
        index.SortsInBackground = false;
        index.SortNow();
        var query = new TrialSearchQuery { Sort = TrialSort.LastUpdate, PageSize = PageSize };
        await using var db = corpus.CreateContext();
        var before = await SearchTrials.RunAsync(db, query, index);
        var last = before.Hits[^1].Id;

        // The page's last trial, updated today, leads the next page of the same walk and is not on this one twice.
        await using (var connection = new NpgsqlConnection(corpus.ConnectionString))
        {
            await connection.OpenAsync();
            var moved = (await FacetIndexLoader.LoadSomeAsync(connection, [last], [], CancellationToken.None)).Rows.Single();
            index.Apply([moved with { Keys = moved.Keys with { LastUpdateDay = DateOnly.MaxValue.DayNumber } }], []);
        }

        var after = await SearchTrials.RunAsync(db, query, index);
        Assert.Equal(last, after.Hits[0].Id);
        Assert.Equal(before.Hits.Take(PageSize - 1).Select(h => h.Id), after.Hits.Skip(1).Select(h => h.Id));

        index.SortNow();
        var sortedAgain = await SearchTrials.RunAsync(db, query, index);
        Assert.Equal(after.Hits.Select(h => h.Id), sortedAgain.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Pages_equal_the_SQL_path_for_random_searches_and_sorts()
    {
        // One index orders every page with a pass over the trials, the other reads the sort orders
        // from the cursor on (searches without text): both must give the SQL path's pages.
        var index = await BuildIndexAsync();
        index.SortsInBackground = false;
        var sorted = await BuildIndexAsync();
        sorted.SortNow();
        var walked = 0;
        await Queries().SampleAsync(
            async query =>
            {
                await AssertSameWalkAsync(index, sorted, query);
                Interlocked.Increment(ref walked);
            },
            iter: 60,
            threads: 1,
            print: q => $"text '{q.Text}', sort {q.Sort}, filters {FacetFilter.Of(q).CacheKey()}");
        Assert.Equal(60, walked);
    }

    private async Task AssertSameWalkAsync(FacetIndex index, FacetIndex sorted, TrialSearchQuery query)
    {
        var sqlIds = await WalkAsync(query, page => null);
        var indexedIds = await WalkAsync(query, page => index);
        var sortedIds = await WalkAsync(query, page => sorted);
        var mixedIds = await WalkAsync(query, page => (page % 3) switch { 0 => index, 1 => null, _ => sorted });
        var context = $"text '{query.Text}', sort {query.Sort}";
        Assert.True(sqlIds.SequenceEqual(indexedIds), $"{context}: index [{string.Join(",", indexedIds)}], SQL [{string.Join(",", sqlIds)}]");
        Assert.True(sqlIds.SequenceEqual(sortedIds), $"{context}: sorted index [{string.Join(",", sortedIds)}], SQL [{string.Join(",", sqlIds)}]");
        Assert.True(sqlIds.SequenceEqual(mixedIds), $"{context}: alternating paths [{string.Join(",", mixedIds)}], SQL [{string.Join(",", sqlIds)}]");
        Assert.Equal(sqlIds.Count, sqlIds.Distinct().Count());

        await using var db = corpus.CreateContext();
        var sql = await SearchTrials.RunAsync(db, query with { IncludeFacets = true }, facetIndex: null);
        var indexed = await SearchTrials.RunAsync(db, query with { IncludeFacets = true }, sorted);
        Assert.Equal(sql.Total, sqlIds.Count);
        FacetComparison.AssertSame((sql.Total, sql.Facets!), (indexed.Total, indexed.Facets!), context);
    }

    private async Task<List<int>> WalkAsync(TrialSearchQuery query, Func<int, FacetIndex?> pathOfPage)
    {
        await using var db = corpus.CreateContext();
        var ids = new List<int>();
        string? cursor = null;
        for (var page = 0; page < 100; page++)
        {
            var result = await SearchTrials.RunAsync(db, query with { After = cursor, PageSize = PageSize, IncludeFacets = false }, pathOfPage(page));
            ids.AddRange(result.Hits.Select(h => h.Id));
            cursor = result.NextCursor;
            if (cursor is null)
            {
                return ids;
            }
        }

        throw new InvalidOperationException("the walk did not end");
    }

    private async Task<FacetIndex> BuildIndexAsync()
    {
        await using var connection = new NpgsqlConnection(corpus.ConnectionString);
        await connection.OpenAsync();
        return await FacetIndexLoader.LoadAllAsync(connection, CancellationToken.None);
    }

    private Gen<TrialSearchQuery> Queries()
        => Gen.Select(
            Gen.OneOf(Texts),
            Gen.Enum<TrialSort>(),
            Gen.Int[0, 3],
            Gen.OneOf([.. corpus.ConditionIds]),
            Gen.Enum<OverallStatus>(),
            (text, sort, filters, condition, status) => new TrialSearchQuery
            {
                Text = text,
                Sort = sort,
                ConditionIds = filters is 1 or 3 ? [condition] : [],
                Statuses = filters is 2 or 3 ? [status, OverallStatus.Completed] : [],
            });
}
