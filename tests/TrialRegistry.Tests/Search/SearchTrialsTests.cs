using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search;

public sealed class SearchTrialsTests(SearchDatabase database) : IClassFixture<SearchDatabase>
{
    private async Task<TrialSearchResult> Search(TrialSearchQuery query)
    {
        await using var db = database.CreateContext();
        return await SearchTrials.RunAsync(db, query);
    }

    private async Task<List<string>> Ids(string text)
        => (await Search(new TrialSearchQuery { Text = text, PageSize = 100, IncludeFacets = false })).Hits.Select(h => h.RegistryId).ToList();

    [Fact]
    public async Task A_title_match_ranks_above_a_description_match()
    {
        var ids = await Ids("lupus");

        Assert.Equal(["NCT10000001", "NCT10000002"], ids);
    }

    [Fact]
    public async Task Words_are_stemmed()
        => Assert.Contains("NCT10000001", await Ids("treating lupus"));

    [Fact]
    public async Task A_quoted_phrase_needs_its_words_together()
    {
        Assert.Equal(["NCT10000004"], await Ids("\"stem cell therapy\""));
        Assert.Equal(["NCT10000003", "NCT10000004"], (await Ids("stem cell")).Order());
    }

    [Fact]
    public async Task OR_finds_either_word()
        => Assert.Equal(["NCT10000003", "NCT10000005"], (await Ids("crohn OR arthritis")).Order());

    [Fact]
    public async Task A_minus_excludes_a_word()
        => Assert.Equal(["NCT10000004"], await Ids("stem -crohn"));

    [Theory]
    [InlineData("NCT10000004", "NCT10000004")]
    [InlineData("nct10000004 ", "NCT10000004")]
    [InlineData("2015-001234-56", "NCT10000002")]
    public async Task An_identifier_finds_its_trial_directly(string text, string expected)
    {
        var result = await Search(new TrialSearchQuery { Text = text });

        Assert.Equal(expected, result.IdentifierMatch);
        Assert.Equal(expected, Assert.Single(result.Hits).RegistryId);
    }

    [Fact]
    public async Task An_unknown_identifier_is_searched_as_text_and_finds_nothing()
    {
        var result = await Search(new TrialSearchQuery { Text = "NCT99999999" });

        Assert.Null(result.IdentifierMatch);
        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Filters_within_a_facet_are_alternatives_and_across_facets_all_apply()
    {
        var result = await Search(new TrialSearchQuery
        {
            Phases = [Phase.Phase1, Phase.Phase3],
            Countries = ["Germany", "United States"],
            IncludeFacets = false,
        });

        Assert.Equal(["NCT10000002", "NCT10000005"], result.Hits.Select(h => h.RegistryId).Order());
    }

    public static TheoryData<TrialSearchQuery> Searches => new()
    {
        new TrialSearchQuery(),
        new TrialSearchQuery { Text = "stem OR lupus OR registry" },
        new TrialSearchQuery { Statuses = [OverallStatus.Recruiting], Countries = ["France"] },
        new TrialSearchQuery { Text = "registry", Phases = [Phase.Phase4], StartYearFrom = 2005, StartYearTo = 2015 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Every_facet_count_equals_the_total_when_that_value_is_chosen(TrialSearchQuery search)
    {
        var facets = (await Search(search)).Facets!;
        var checks = new List<(string Facet, FacetCount Value, TrialSearchQuery Query)>();
        checks.AddRange(facets.Statuses.Select(v => ("status", v, search with { Statuses = [CtGovNames.Parse<OverallStatus>(v.Value)] })));
        checks.AddRange(facets.Phases.Select(v => ("phase", v, search with { Phases = [CtGovNames.Parse<Phase>(v.Value)] })));
        checks.AddRange(facets.StudyTypes.Select(v => ("type", v, search with { StudyTypes = [CtGovNames.Parse<StudyType>(v.Value)] })));
        checks.AddRange(facets.Conditions.Select(v => ("condition", v, search with { ConditionIds = [int.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)] })));
        checks.AddRange(facets.InterventionTypes.Select(v => ("intervention", v, search with { InterventionTypes = [CtGovNames.Parse<InterventionType>(v.Value)] })));
        checks.AddRange(facets.Products.Select(v => ("product", v, search with { ProductIds = [int.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)] })));
        checks.AddRange(facets.Sponsors.Select(v => ("sponsor", v, search with { SponsorIds = [int.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)] })));
        checks.AddRange(facets.SponsorClasses.Select(v => ("class", v, search with { SponsorClasses = [CtGovNames.Parse<OrganizationClass>(v.Value)] })));
        checks.AddRange(facets.Countries.Select(v => ("country", v, search with { Countries = [v.Value] })));
        checks.AddRange(facets.HasResults.Select(v => ("results", v, search with { HasResults = v.Value == "true" })));
        checks.AddRange(facets.StartYears.Select(v => ("year", v, search with
        {
            StartYearFrom = int.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture),
            StartYearTo = int.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture),
        })));
        Assert.True(checks.Count > 10);

        foreach (var (facet, value, query) in checks)
        {
            var total = (await Search(query with { IncludeFacets = false })).Total;
            Assert.True(total == value.Count, $"{facet} {value.Label}: facet says {value.Count}, search gives {total}");
        }
    }

    [Fact]
    public async Task A_trial_counts_once_per_product_even_with_two_interventions_of_it()
    {
        var facets = (await Search(new TrialSearchQuery { Text = "crohn OR lupus" })).Facets!;

        Assert.Equal(2, Assert.Single(facets.Products).Count);
    }

    public static TheoryData<TrialSort, string?> Sorts => new()
    {
        { TrialSort.LastUpdate, null },
        { TrialSort.StartDate, null },
        { TrialSort.Enrollment, null },
        { TrialSort.Relevance, "registry OR stem OR lupus OR vaccine" },
        { TrialSort.Relevance, null },
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Paging_returns_every_row_exactly_once_in_order(TrialSort sort, string? text)
    {
        var everything = await Search(new TrialSearchQuery { Sort = sort, Text = text, PageSize = 100, IncludeFacets = false });
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Search(new TrialSearchQuery { Sort = sort, Text = text, PageSize = 7, After = cursor, IncludeFacets = false });
            Assert.Equal(everything.Total, page.Total);
            seen.AddRange(page.Hits.Select(h => h.RegistryId));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.True(everything.Total > 7);
        Assert.Equal(everything.Hits.Select(h => h.RegistryId), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Results_sort_by_last_update_newest_first_with_missing_dates_last()
    {
        var hits = (await Search(new TrialSearchQuery { Sort = TrialSort.LastUpdate, PageSize = 100, IncludeFacets = false })).Hits;

        var dates = hits.Select(h => h.LastUpdatePostDate?.Date ?? DateOnly.MinValue).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Null(hits[^1].LastUpdatePostDate);
    }

    [Fact]
    public async Task A_cursor_from_another_sort_or_a_forged_one_is_a_clear_error()
    {
        var first = await Search(new TrialSearchQuery { Sort = TrialSort.StartDate, PageSize = 5, IncludeFacets = false });

        await Assert.ThrowsAsync<InvalidSearchException>(() => Search(new TrialSearchQuery { Sort = TrialSort.Enrollment, After = first.NextCursor }));
        await Assert.ThrowsAsync<InvalidSearchException>(() => Search(new TrialSearchQuery { After = "not-a-cursor!" }));
        await Assert.ThrowsAsync<InvalidSearchException>(() => Search(new TrialSearchQuery { StartYearFrom = 2020, StartYearTo = 2010 }));
        await Assert.ThrowsAsync<InvalidSearchException>(() => Search(new TrialSearchQuery { PageSize = 0 }));
    }

    [Fact]
    public async Task Text_that_is_only_stop_words_or_punctuation_finds_nothing_without_failing()
    {
        Assert.Empty(await Ids("the"));
        Assert.Empty(await Ids("\"\" - OR ("));
    }
}
