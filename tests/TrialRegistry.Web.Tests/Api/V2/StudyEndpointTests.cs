using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Testing;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>GET /api/v2/studies/{nctId}, /api/v2/version and /api/v2/stats/size on the imported fixture studies.</summary>
public sealed class StudyEndpointTests(StudyApiApp app) : IClassFixture<StudyApiApp>
{
    private const string Study = "NCT00763412";

    [Fact]
    public async Task An_unknown_study_is_a_404_problem_of_this_endpoint_not_the_api_fallback()
    {
        var (status, problem) = await GetProblemAsync("/api/v2/studies/NCT99999999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, (int)problem["status"]!);
        Assert.Equal("Study NCT99999999 not found", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("NCT1234567890")]
    [InlineData("NCTabc")]
    [InlineData("12345678")]
    [InlineData("TRG-1")]
    public async Task A_malformed_id_is_a_400_problem_saying_what_an_id_is(string id)
    {
        var (status, problem) = await GetProblemAsync($"/api/v2/studies/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"\"{id}\" is not a study id: an NCT number (NCT01234567) or an id this registry holds (TRG-000123)", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("/api/v2/studies/NCT00763412?query.term=x", "Unknown parameter \"query.term\"")]
    [InlineData("/api/v2/studies/NCT00763412?fields=NCTId&fields=BriefTitle", "Parameter \"fields\" is given more than once; separate list values with commas or pipes")]
    [InlineData("/api/v2/studies/NCT00763412?fields=NoSuchPiece", "Unknown field 'NoSuchPiece' in the fields parameter.")]
    [InlineData("/api/v2/studies/NCT00763412?fields=", "The fields parameter must be a non-empty comma- or pipe-separated list.")]
    [InlineData("/api/v2/studies/NCT00763412?format=xml", "Format \"xml\" is not one of csv, json, json.zip, fhir.json, ris")]
    [InlineData("/api/v2/studies/NCT00763412?markupFormat=legacy", "markupFormat \"legacy\" is not supported by this registry; texts are served as markdown")]
    [InlineData("/api/v2/version?verbose=true", "Unknown parameter \"verbose\"")]
    [InlineData("/api/v2/stats/size?pageSize=5", "Unknown parameter \"pageSize\"")]
    public async Task An_unknown_parameter_or_a_bad_value_is_a_400_problem_with_a_message(string url, string message)
    {
        var (status, problem) = await GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_nct_number_in_lower_case_or_without_leading_zeros_finds_the_study_as_on_ctgov()
    {
        var study = await GetJsonAsync("/api/v2/studies/nct763412?format=json&markupFormat=markdown");

        Assert.Equal(Study, (string?)study["protocolSection"]!["identificationModule"]!["nctId"]);
    }

    [Fact]
    public async Task Fields_select_pieces_modules_and_paths()
    {
        var pieces = await GetJsonAsync($"/api/v2/studies/{Study}?fields=NCTId,BriefTitle,OverallStatus");
        var original = Original();
        Assert.True(JsonNode.DeepEquals(
            new JsonObject
            {
                ["protocolSection"] = new JsonObject
                {
                    ["identificationModule"] = new JsonObject
                    {
                        ["nctId"] = Study,
                        ["briefTitle"] = original["protocolSection"]!["identificationModule"]!["briefTitle"]!.DeepClone(),
                    },
                    ["statusModule"] = new JsonObject { ["overallStatus"] = original["protocolSection"]!["statusModule"]!["overallStatus"]!.DeepClone() },
                },
            },
            pieces));

        var modules = await GetJsonAsync($"/api/v2/studies/{Study}?fields=ConditionsModule|EligibilityModule");
        Assert.Equal(["conditionsModule", "eligibilityModule"], modules["protocolSection"]!.AsObject().Select(m => m.Key).Order());
        Assert.Single(modules.AsObject());
        Assert.True(JsonNode.DeepEquals(original["protocolSection"]!["eligibilityModule"], modules["protocolSection"]!["eligibilityModule"]));

        var cities = await GetJsonAsync($"/api/v2/studies/{Study}?fields=protocolSection.contactsLocationsModule.locations.city");
        var expectedCities = original["protocolSection"]!["contactsLocationsModule"]!["locations"]!.AsArray().Select(l => (string?)l!["city"]);
        Assert.Equal(expectedCities, cities["protocolSection"]!["contactsLocationsModule"]!["locations"]!.AsArray().Select(l => (string?)l!["city"]));

        var results = await GetJsonAsync($"/api/v2/studies/{Study}?fields=ResultsSection");
        Assert.True(JsonNode.DeepEquals(original["resultsSection"], results["resultsSection"]));
    }

    [Fact]
    public async Task An_edit_made_here_wins_over_the_imported_record_and_the_unmodelled_parts_stay()
    {
        await using var db = app.Database.CreateContext();
        var trial = await db.Trials.SingleAsync(t => t.RegistryId == "NCT04207047");
        var title = trial.BriefTitle;
        trial.BriefTitle = "A title edited in the registry";
        await db.SaveChangesAsync();
        try
        {
            var study = await GetJsonAsync("/api/v2/studies/NCT04207047");

            var original = Original("NCT04207047");
            Assert.Equal("A title edited in the registry", (string?)study["protocolSection"]!["identificationModule"]!["briefTitle"]);
            Assert.True(JsonNode.DeepEquals(original["protocolSection"]!["oversightModule"], study["protocolSection"]!["oversightModule"]));
            Assert.True(JsonNode.DeepEquals(original["derivedSection"], study["derivedSection"]));
        }
        finally
        {
            trial.BriefTitle = title;
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_trial_registered_here_is_served_by_its_own_id_in_the_ctgov_shape()
    {
        await using (var db = app.Database.CreateContext())
        {
            var sponsor = TestTrials.Sponsor("Registry Test Sponsor");
            var trial = TestTrials.New("TRG-000777", sponsor, "A trial registered in this registry");
            trial.Source = "registry";
            db.Trials.Add(trial);
            await db.SaveChangesAsync();
        }

        var study = await GetJsonAsync("/api/v2/studies/trg-000777?fields=IdentificationModule,StartDateStruct,Phase,LeadSponsor");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"protocolSection":{
                  "identificationModule":{"nctId":"TRG-000777","organization":{"fullName":"Registry Test Sponsor","class":"OTHER"},"briefTitle":"A trial registered in this registry"},
                  "statusModule":{"startDateStruct":{"date":"2019-09-11","type":"ACTUAL"}},
                  "sponsorCollaboratorsModule":{"leadSponsor":{"name":"Registry Test Sponsor","class":"OTHER"}},
                  "designModule":{"phases":["PHASE1","PHASE2"]}}}
                """),
            study));
    }

    [Fact]
    public async Task Version_gives_the_contract_version_and_the_time_of_the_latest_change()
    {
        var version = await GetJsonAsync("/api/v2/version");

        await using var db = app.Database.CreateContext();
        var latest = await db.Trials.MaxAsync(t => t.UpdatedAt);
        Assert.Equal("2.0.5", (string?)version["apiVersion"]);
        Assert.Equal(latest.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), (string?)version["dataTimestamp"]);
        Assert.Equal(2, version.AsObject().Count);
    }

    [Fact]
    public async Task Stats_size_describes_the_studies_as_the_single_study_endpoint_serves_them()
    {
        var stats = await GetJsonAsync("/api/v2/stats/size");

        await using var db = app.Database.CreateContext();
        var sizes = new Dictionary<string, int>();
        foreach (var id in await db.Trials.Select(t => t.RegistryId).ToListAsync())
        {
            using var response = await app.CreateClient().GetAsync(new Uri($"/api/v2/studies/{id}", UriKind.Relative));
            sizes[id] = (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.Equal(sizes.Count, (int)stats["totalStudies"]!);
        Assert.Equal((int)Math.Round(sizes.Values.Average()), (int)stats["averageSizeBytes"]!);
        var largest = stats["largestStudies"]!.AsArray();
        Assert.Equal(sizes.OrderByDescending(s => s.Value).Select(s => s.Key), largest.Select(s => (string?)s!["id"]));
        Assert.Equal(sizes.Values.Max(), (int)largest[0]!["sizeBytes"]!);
        Assert.Equal(sizes.Count, stats["ranges"]!.AsArray().Sum(r => (int)r!["studiesCount"]!));
        Assert.Equal(sizes.Values.Max(), (int)stats["percentiles"]!["99"]!);
    }

    private static JsonNode Original(string nctId = Study)
        => JsonNode.Parse(File.ReadAllText(StudyApiApp.FixturePath($"v2-json/{nctId}.json")))!;

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<(HttpStatusCode Status, JsonNode Problem)> GetProblemAsync(string url)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
