using Microsoft.Extensions.Primitives;
using TrialRegistry.CtGovApi.Search;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.CtGovApi.Search;

/// <summary>The query string of GET /api/v2/studies read as CT.gov reads it, and refused as CT.gov refuses it.</summary>
public sealed class CtGovStudiesParametersTests
{
    private static CtGovStudiesRequest Parse(params (string Name, string Value)[] parameters)
        => CtGovStudiesParameters.Parse(parameters.Select(p => new KeyValuePair<string, StringValues>(p.Name, p.Value)));

    [Theory]
    [InlineData("pageSize", "0", 10)]
    [InlineData("pageSize", "", 10)]
    [InlineData("pageSize", "7", 7)]
    [InlineData("pageSize", "1000", 1000)]
    [InlineData("pageSize", "5000", 1000)]
    public void The_page_size_defaults_to_10_and_is_coerced_down_to_1000(string name, string value, int expected)
        => Assert.Equal(expected, Parse((name, value)).PageSize);

    [Fact]
    public void Defaults_match_the_contract()
    {
        var request = Parse();

        Assert.Equal(10, request.PageSize);
        Assert.Equal(CtGovFormat.Json, request.Format);
        Assert.False(request.CountTotal);
        Assert.Equal(CtGovSort.Unsorted, request.Sort);
    }

    [Fact]
    public void Lists_are_comma_or_pipe_separated_and_ids_are_normalized()
    {
        var request = Parse(("filter.overallStatus", "RECRUITING|COMPLETED,WITHDRAWN"), ("filter.ids", "nct123|NCT04852770"));

        Assert.Equal([OverallStatus.Recruiting, OverallStatus.Completed, OverallStatus.Withdrawn], request.Statuses);
        Assert.Equal(["NCT00000123", "NCT04852770"], request.NctIds);
    }

    [Theory]
    [InlineData("LastUpdatePostDate", CtGovSortField.LastUpdatePostDate, true)]
    [InlineData("LastUpdatePostDate:asc", CtGovSortField.LastUpdatePostDate, false)]
    [InlineData("StartDate", CtGovSortField.StartDate, true)]
    [InlineData("EnrollmentCount", CtGovSortField.EnrollmentCount, false)]
    [InlineData("EnrollmentCount:desc", CtGovSortField.EnrollmentCount, true)]
    [InlineData("@relevance", CtGovSortField.Relevance, true)]
    [InlineData("NCTId", CtGovSortField.NctId, false)]
    public void Sorts_take_CT_gov_default_directions(string value, CtGovSortField field, bool descending)
        => Assert.Equal(new CtGovSort(field, descending), Parse(("sort", value)).Sort);

    [Fact]
    public void Geo_distances_are_read_in_miles_or_kilometres()
    {
        Assert.Equal(80.4672, Parse(("filter.geo", "distance(39.0035707,-77.1013313,50mi)")).Geo!.Kilometres, 3);
        Assert.Equal(10, Parse(("filter.geo", "distance(48.85,2.35,10km)")).Geo!.Kilometres, 3);
    }

    [Fact]
    public void Advanced_filters_read_the_common_AREA_forms()
    {
        var request = Parse(("filter.advanced", "AREA[Phase]PHASE2 AND AREA[StudyType]INTERVENTIONAL AND AREA[StartDate]RANGE[2020-01,MAX] AND AREA[LastUpdatePostDate]RANGE[MIN, 2023]"));

        Assert.Equal<AdvancedCondition>(
            [
                new PhaseCondition(Phase.Phase2),
                new StudyTypeCondition(StudyType.Interventional),
                new DateRangeCondition(AdvancedDateField.StartDate, new DateOnly(2020, 1, 1), null),
                new DateRangeCondition(AdvancedDateField.LastUpdatePostDate, null, new DateOnly(2023, 12, 31)),
            ],
            request.Advanced);
    }

    [Fact]
    public void AREA_terms_in_query_term_filter_and_the_rest_stays_text()
    {
        var request = Parse(("query.term", "lupus AND AREA[LastUpdatePostDate]RANGE[2023-01-15,MAX]"));

        Assert.Equal("lupus", request.Term);
        Assert.Equal([new DateRangeCondition(AdvancedDateField.LastUpdatePostDate, new DateOnly(2023, 1, 15), null)], request.Advanced);
    }

    [Theory]
    [InlineData("foo", "bar", "Unknown parameter \"foo\"")]
    [InlineData("query.Term", "x", "Unknown parameter \"query.Term\"")]
    [InlineData("aggFilters", "results:with", "Parameter \"aggFilters\" is not supported by this registry")]
    [InlineData("format", "xml", "format: invalid value \"xml\"; expected json or csv")]
    [InlineData("pageSize", "ten", "pageSize: \"ten\" is not an integer")]
    [InlineData("pageSize", "-1", "pageSize: must be 0 or more")]
    [InlineData("countTotal", "yes", "countTotal: invalid value \"yes\"; expected true or false")]
    [InlineData("filter.overallStatus", "RECRUITING|DONE", "filter.overallStatus: invalid value \"DONE\"")]
    [InlineData("filter.overallStatus", "recruiting", "filter.overallStatus: invalid value \"recruiting\"")]
    [InlineData("filter.ids", "NCT1234X", "filter.ids: \"NCT1234X\" is not an NCT ID")]
    [InlineData("filter.geo", "distance(39,-77)", "filter.geo: expected distance(latitude,longitude,distance)")]
    [InlineData("filter.geo", "distance(99,-77,5km)", "filter.geo: latitude must be within ±90")]
    [InlineData("filter.advanced", "AREA[Phase]PHASE9", "filter.advanced: unknown Phase value \"PHASE9\"")]
    [InlineData("filter.advanced", "AREA[Phase]PHASE2 OR AREA[Phase]PHASE3", "filter.advanced: only AREA[...] terms joined by AND")]
    [InlineData("filter.advanced", "AREA[MinimumAge]RANGE[MIN, 16 years]", "filter.advanced: unsupported area \"MinimumAge\"")]
    [InlineData("filter.advanced", "AREA[StartDate]RANGE[2020-13-01,MAX]", "filter.advanced: \"2020-13-01\" is not a date")]
    [InlineData("filter.advanced", "lupus", "filter.advanced: cannot parse \"lupus\"")]
    [InlineData("sort", "BriefTitle", "sort: unsupported field \"BriefTitle\"")]
    [InlineData("sort", "StartDate:up", "sort: invalid direction \"up\"")]
    [InlineData("sort", "StartDate,EnrollmentCount", "sort: this registry sorts by one field at a time")]
    [InlineData("markupFormat", "legacy", "markupFormat: only markdown is available")]
    [InlineData("fields", "", "fields: must be a non-empty list")]
    public void An_unknown_parameter_or_a_bad_value_is_refused_with_a_message(string name, string value, string message)
    {
        var refused = Assert.Throws<CtGovRequestException>(() => Parse((name, value)));

        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_given_twice_is_refused()
    {
        var refused = Assert.Throws<CtGovRequestException>(
            () => CtGovStudiesParameters.Parse([new KeyValuePair<string, StringValues>("query.cond", new StringValues(["a", "b"]))]));

        Assert.StartsWith("Parameter \"query.cond\" is given more than once", refused.Message, StringComparison.Ordinal);
    }
}
