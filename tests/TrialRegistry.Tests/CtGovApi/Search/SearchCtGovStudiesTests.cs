using Microsoft.Extensions.Primitives;
using TrialRegistry.CtGovApi.Search;
using static TrialRegistry.Tests.CtGovApi.Search.CtGovSearchDatabase;

namespace TrialRegistry.Tests.CtGovApi.Search;

/// <summary>Each CT.gov parameter of GET /api/v2/studies filters and sorts as documented (ctg-oas-v2.yaml).</summary>
public sealed class SearchCtGovStudiesTests(CtGovSearchDatabase database) : IClassFixture<CtGovSearchDatabase>
{
    private async Task<CtGovStudiesPage> RunAsync(params (string Name, string Value)[] parameters)
    {
        var request = CtGovStudiesParameters.Parse(parameters.Select(p => new KeyValuePair<string, StringValues>(p.Name, p.Value)));
        await using var db = database.CreateContext();
        return await SearchCtGovStudies.RunAsync(db, request);
    }

    private async Task<List<string>> IdsAsync(params (string Name, string Value)[] parameters)
        => (await RunAsync(parameters)).Studies.Select(t => t.RegistryId).ToList();

    private async Task<List<string>> SortedIdsAsync(params (string Name, string Value)[] parameters)
        => (await IdsAsync(parameters)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string, string, string[]> Filters => new()
    {
        { "query.term", "lupus", [A] },
        { "query.term", "AREA[LastUpdatePostDate]RANGE[2023-01-15,MAX]", [A] },
        { "query.term", "cohort AND AREA[StudyType]OBSERVATIONAL", [C] },
        { "query.cond", "kidney", [B] },
        { "query.cond", "lupus OR kidney", [A, B] },
        { "query.intr", "MSC", [A] },
        { "query.titles", "kidney", [B] },
        { "query.titles", "LUCT", [A] },
        { "query.outc", "proteinuria", [A] },
        { "query.spons", "\"Example Pharma\"", [A, B, D] },
        { "query.lead", "\"Example Pharma\"", [B, D] },
        { "query.locn", "Paris", [A] },
        { "query.locn", "France NOT Paris", [C] },
        { "query.id", "APHP-123", [A] },
        { "query.id", "2015-001234-56", [A] },
        { "query.id", "trg-000001", [D] },
        { "filter.overallStatus", "RECRUITING", [A, D] },
        { "filter.overallStatus", "RECRUITING|COMPLETED", [A, B, D] },
        { "postFilter.overallStatus", "NOT_YET_RECRUITING", [C] },
        { "filter.ids", "NCT10000002,nct10000003", [B, C] },
        { "filter.ids", "NCT10000099", [] },
        { "filter.geo", "distance(39.0035707,-77.1013313,50mi)", [B] },
        { "filter.geo", "distance(48.85,2.35,10km)", [A] },
        { "filter.geo", "distance(48.85,2.35,500km)", [A, C] },
        { "filter.geo", "distance(48.85,2.35,300km)", [A] },
        { "filter.advanced", "AREA[Phase]PHASE2", [A, D] },
        { "filter.advanced", "AREA[StudyType]OBSERVATIONAL", [C] },
        { "filter.advanced", "AREA[StartDate]RANGE[2020-01-01,MAX]", [A, D] },
        { "filter.advanced", "AREA[StartDate]2015", [B] },
        { "filter.advanced", "AREA[LastUpdatePostDate]RANGE[MIN,2020-12-31]", [B] },
        { "filter.advanced", "AREA[Phase]PHASE2 AND AREA[StartDate]RANGE[2022,MAX]", [D] },
        { "filter.advanced", "AREA[EnrollmentCount]RANGE[20,100]", [A] },
        { "filter.advanced", "AREA[HasResults]true", [B] },
        { "filter.advanced", "AREA[OverallStatus]COMPLETED", [B] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_parameter_filters_as_documented(string name, string value, string[] expected)
        => Assert.Equal(expected, await SortedIdsAsync((name, value)));

    [Fact]
    public async Task Without_queries_or_filters_every_study_is_returned()
        => Assert.Equal([A, B, C, D], await SortedIdsAsync());

    [Fact]
    public async Task Filters_combine_with_AND()
        => Assert.Equal([A], await SortedIdsAsync(("filter.overallStatus", "RECRUITING"), ("query.locn", "France")));

    [Fact]
    public async Task A_query_of_only_NCT_ids_ignores_the_filters_as_CT_gov_does()
        => Assert.Equal([B], await SortedIdsAsync(("query.term", "NCT10000002"), ("filter.overallStatus", "RECRUITING")));

    public static TheoryData<string, string[]> Sorts => new()
    {
        { "LastUpdatePostDate", [A, B, C, D] },
        { "LastUpdatePostDate:asc", [B, A, C, D] },
        { "StartDate", [D, A, B, C] },
        { "StartDate:asc", [B, A, D, C] },
        { "EnrollmentCount", [D, A, B, C] },
        { "EnrollmentCount:desc", [B, A, D, C] },
        { "NCTId", [A, B, C, D] },
        { "NCTId:desc", [D, C, B, A] },
    };

    /// <summary>Default directions (dates descending, numbers ascending) and missing values last either way; one study a page.</summary>
    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Sorts_put_missing_values_last_and_page_one_by_one_in_the_same_order(string sort, string[] expected)
    {
        // C and D have no last update; C has no start date or enrollment: those tie on the missing
        // key and come in id order (ascending after an ascending key, descending after a descending one).
        var whole = await IdsAsync(("sort", sort));
        var walked = new List<string>();
        string? token = null;
        do
        {
            var page = token is null ? await RunAsync(("sort", sort), ("pageSize", "1")) : await RunAsync(("sort", sort), ("pageSize", "1"), ("pageToken", token));
            walked.AddRange(page.Studies.Select(t => t.RegistryId));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(expected.Take(2), whole.Take(2));
        Assert.Equal(expected.ToHashSet(), whole.ToHashSet());
        Assert.Equal(whole, walked);
        if (sort.StartsWith("LastUpdatePostDate", StringComparison.Ordinal))
        {
            Assert.Equal([C, D], whole.Skip(2).Order(StringComparer.Ordinal));
        }
        else
        {
            Assert.Equal(expected, whole);
        }
    }

    [Fact]
    public async Task Relevance_puts_the_title_match_first()
    {
        var ids = await IdsAsync(("query.term", "lupus OR kidney"), ("sort", "@relevance"));

        Assert.Equal([A, B], ids.Order(StringComparer.Ordinal));
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public async Task The_total_is_counted_only_when_asked_and_only_on_the_first_page()
    {
        Assert.Null((await RunAsync()).TotalCount);
        var first = await RunAsync(("countTotal", "true"), ("pageSize", "2"));
        Assert.Equal(4, first.TotalCount);
        Assert.Equal(2, first.Studies.Count);
        var second = await RunAsync(("countTotal", "true"), ("pageSize", "2"), ("pageToken", first.NextPageToken!));
        Assert.Null(second.TotalCount);
        Assert.Null(second.NextPageToken);
        Assert.Equal(2, second.Studies.Count);
    }

    [Fact]
    public async Task A_page_token_of_another_search_or_an_altered_one_is_refused()
    {
        var first = await RunAsync(("pageSize", "1"), ("filter.overallStatus", "RECRUITING"));
        var token = first.NextPageToken!;

        var otherSearch = await Assert.ThrowsAsync<CtGovRequestException>(() => RunAsync(("pageSize", "1"), ("pageToken", token)));
        Assert.StartsWith("pageToken: invalid token", otherSearch.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CtGovRequestException>(() => RunAsync(("pageSize", "1"), ("filter.overallStatus", "RECRUITING"), ("pageToken", token[..^2])));
        await Assert.ThrowsAsync<CtGovRequestException>(() => RunAsync(("pageSize", "1"), ("filter.overallStatus", "RECRUITING"), ("pageToken", "not a token")));

        // pageSize, countTotal, fields and format may change between pages.
        var next = await RunAsync(("pageSize", "5"), ("countTotal", "true"), ("format", "csv"), ("filter.overallStatus", "RECRUITING"), ("pageToken", token));
        Assert.Single(next.Studies);
    }

    [Fact]
    public async Task A_page_holds_its_studies_with_their_whole_record()
    {
        var study = Assert.Single((await RunAsync(("filter.ids", A))).Studies);

        Assert.Equal("Lupus Nephritis", Assert.Single(study.Conditions).Condition.Name);
        Assert.Equal("Example Pharma Inc", Assert.Single(study.Collaborators).Organization.Name);
        Assert.Equal("Paris", Assert.Single(study.Locations).City);
        Assert.Equal("Assistance Publique - Hôpitaux de Paris", study.LeadSponsor.Name);
    }
}
