using System.Text.Json.Nodes;
using TrialRegistry.CtGovApi.Studies;

namespace TrialRegistry.Tests.CtGovApi;

public sealed class CtGovFieldsTests
{
    private static readonly JsonObject Study = JsonNode.Parse("""
        {
          "protocolSection": {
            "identificationModule": { "nctId": "NCT00000001", "briefTitle": "A title", "acronym": "AT" },
            "statusModule": { "overallStatus": "RECRUITING", "startDateStruct": { "date": "2023-04", "type": "ACTUAL" } },
            "conditionsModule": { "conditions": ["Lupus"], "keywords": ["stem cells"] },
            "contactsLocationsModule": {
              "locations": [
                { "facility": "Hôpital Saint-Louis", "city": "Paris", "country": "France", "geoPoint": { "lat": 48.87, "lon": 2.37 } },
                { "facility": "Somewhere", "city": "Lyon", "country": "France" }
              ]
            }
          },
          "derivedSection": { "miscInfoModule": { "versionHolder": "2024-01-01" } },
          "hasResults": false
        }
        """)!.AsObject();

    [Fact]
    public void Piece_names_select_their_fields_and_nothing_else()
    {
        var selected = Select("NCTId,BriefTitle,OverallStatus");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"protocolSection":{"identificationModule":{"nctId":"NCT00000001","briefTitle":"A title"},"statusModule":{"overallStatus":"RECRUITING"}}}"""),
            selected));
    }

    [Fact]
    public void Module_names_and_field_paths_select_whole_branches_and_pipes_separate_like_commas()
    {
        var selected = Select("ConditionsModule|protocolSection.statusModule.startDateStruct|HasResults");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"protocolSection":{"statusModule":{"startDateStruct":{"date":"2023-04","type":"ACTUAL"}},
                 "conditionsModule":{"conditions":["Lupus"],"keywords":["stem cells"]}},"hasResults":false}
                """),
            selected));
    }

    [Fact]
    public void A_field_inside_a_list_is_selected_in_every_item_keeping_positions()
    {
        var selected = Select("LocationCity, LocationGeoPoint");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"protocolSection":{"contactsLocationsModule":{"locations":[
                  {"city":"Paris","geoPoint":{"lat":48.87,"lon":2.37}},{"city":"Lyon"}]}}}
                """),
            selected));
    }

    [Fact]
    public void Piece_names_are_case_insensitive_like_ctgov_and_no_fields_means_the_whole_study()
    {
        Assert.True(CtGovFields.TryParse("nctid", out var selection, out _));
        Assert.Equal(["protocolSection.identificationModule.nctId"], selection.Paths);

        Assert.True(CtGovFields.TryParse(null, out var all, out var error));
        Assert.Null(error);
        Assert.Same(Study, all.Apply(Study));
    }

    [Theory]
    [InlineData("", "non-empty")]
    [InlineData("NCTId,", "non-empty")]
    [InlineData("NoSuchPiece", "Unknown field 'NoSuchPiece'")]
    [InlineData("protocolSection.Identification Module", "Unknown field")]
    [InlineData("someSection.module", "Unknown field 'someSection.module'")]
    public void An_empty_or_unknown_field_is_refused_with_a_message(string fields, string message)
    {
        Assert.False(CtGovFields.TryParse(fields, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Selecting_leaves_the_study_itself_unchanged()
    {
        var before = Study.ToJsonString();
        Select("LocationCity");
        Assert.Equal(before, Study.ToJsonString());
    }

    private static JsonObject Select(string fields)
    {
        Assert.True(CtGovFields.TryParse(fields, out var selection, out var error), error);
        return selection.Apply(Study);
    }
}
