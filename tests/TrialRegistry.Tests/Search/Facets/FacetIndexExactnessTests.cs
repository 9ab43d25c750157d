using CsCheck;
using Npgsql;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>
/// The facet index gives exactly the SQL path's totals and counts (plain GROUP BYs over the match
/// set, each facet ignoring its own filter) for random searches over a generated corpus.
/// </summary>
public sealed class FacetIndexExactnessTests(FacetCorpusDatabase corpus) : IClassFixture<FacetCorpusDatabase>
{
    private static readonly string?[] Texts =
        [null, null, null, "lupus", "cancer OR heart", "stem cell", "\"stem cell\"", "kidney -pain", "study", "nomatchword", "vaccines"];

    [Fact]
    public async Task Counts_equal_the_SQL_group_by_for_random_searches()
    {
        var index = await BuildIndexAsync();
        Assert.Equal(FacetCorpusDatabase.Trials, index.Count);
        var searched = 0;
        await Queries().SampleAsync(
            async query =>
            {
                await AssertSameAsync(index, query);
                Interlocked.Increment(ref searched);
            },
            iter: 200,
            threads: 1,
            print: Describe);
        Assert.Equal(200, searched);
    }

    [Fact]
    public async Task Everything_and_one_facet_at_a_time_match_too()
    {
        var index = await BuildIndexAsync();
        await AssertSameAsync(index, new TrialSearchQuery());
        await AssertSameAsync(index, new TrialSearchQuery { Statuses = [OverallStatus.Recruiting, OverallStatus.Completed] });
        await AssertSameAsync(index, new TrialSearchQuery { ConditionIds = [corpus.ConditionIds[0], 999_999] });
        await AssertSameAsync(index, new TrialSearchQuery { Countries = ["Åland", "Nowhere"] });
        await AssertSameAsync(index, new TrialSearchQuery { StartYearFrom = 2015 });
        await AssertSameAsync(index, new TrialSearchQuery { Text = "cancer", Phases = [Phase.Phase2], HasResults = false });
    }

    private async Task<FacetIndex> BuildIndexAsync()
    {
        await using var connection = new NpgsqlConnection(corpus.ConnectionString);
        await connection.OpenAsync();
        return await FacetIndexLoader.LoadAllAsync(connection, CancellationToken.None);
    }

    private async Task AssertSameAsync(FacetIndex index, TrialSearchQuery query)
    {
        await using var db = corpus.CreateContext();
        var sql = await SearchFacets.CountAsync(db, query, CancellationToken.None);
        var indexed = await IndexedFacets.CountAsync(db, query, index, CancellationToken.None);
        Assert.True(indexed is not null, $"the index did not count {Describe(query)}");
        FacetComparison.AssertSame(sql, indexed.Value, Describe(query));
    }

    private static string Describe(TrialSearchQuery query)
        => $"text '{query.Text}', text filters {FacetFilter.Of(query).CacheKey()}";

    // Each filter is on in about a third of the searches, with one or two values (sometimes a value
    // no trial has), so searches range from everything to nothing.
    private Gen<TrialSearchQuery> Queries()
    {
        static Gen<T[]> Sometimes<T>(Gen<T> values)
            => Gen.Select(Gen.Int[0, 2], values.Array[1, 2], (on, chosen) => on == 0 ? chosen : []);

        var filters1 = Gen.Select(
            Gen.OneOf(Texts),
            Sometimes(Gen.Enum<OverallStatus>()),
            Sometimes(Gen.Enum<Phase>()),
            Sometimes(Gen.Enum<StudyType>()),
            Sometimes(Gen.OneOf([.. corpus.ConditionIds, 999_999])),
            Sometimes(Gen.Enum<InterventionType>()),
            (text, statuses, phases, types, conditions, interventionTypes) => new TrialSearchQuery
            {
                Text = text,
                Statuses = statuses,
                Phases = phases,
                StudyTypes = types,
                ConditionIds = conditions,
                InterventionTypes = interventionTypes,
            });
        return Gen.Select(
            filters1,
            Sometimes(Gen.OneOf([.. corpus.ProductIds, 999_998])),
            Sometimes(Gen.OneOf([.. corpus.SponsorIds])),
            Sometimes(Gen.Enum<OrganizationClass>()),
            Sometimes(Gen.OneOf([.. FacetCorpusDatabase.CountryNames, "Atlantis"])),
            Gen.Int[0, 5],
            Gen.Int[0, 4],
            (query, products, sponsors, classes, countries, results, years) => query with
            {
                ProductIds = products,
                SponsorIds = sponsors,
                SponsorClasses = classes,
                Countries = countries,
                HasResults = results switch { 0 => true, 1 => false, _ => (bool?)null },
                StartYearFrom = years is 0 or 2 ? 2013 : null,
                StartYearTo = years is 1 or 2 ? 2017 : null,
            });
    }
}
