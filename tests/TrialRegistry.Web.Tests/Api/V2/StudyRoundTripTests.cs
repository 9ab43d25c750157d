using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>
/// Round trip: every fixture study, imported from its CT.gov v2 JSON, comes back from
/// GET /api/v2/studies/{nctId} with every modelled field equal to the original, and (carried over
/// from the stored record) every field we do not model too.
/// </summary>
public sealed class StudyRoundTripTests(StudyApiApp app) : IClassFixture<StudyApiApp>
{
    public static TheoryData<string> FixtureStudies => new(StudyApiApp.FixtureStudies);

    [Theory]
    [MemberData(nameof(FixtureStudies))]
    public async Task A_fixture_study_comes_back_with_every_field_it_was_imported_with(string fixture)
    {
        var original = JsonNode.Parse(await File.ReadAllTextAsync(StudyApiApp.FixturePath(fixture)))!;
        var nctId = original["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>();

        using var response = await app.CreateClient().GetAsync(new Uri($"/api/v2/studies/{nctId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Empty(StudyRoundTripComparer.DifferencesInModelledFields(original, served));
        Assert.Empty(StudyRoundTripComparer.DifferencesAnywhere(original, served));
    }

    [Theory]
    [MemberData(nameof(FixtureStudies))]
    public async Task The_modelled_fields_come_from_the_model_not_from_the_stored_record(string fixture)
    {
        // Without its source record the document is the model's alone: the same comparison must hold.
        var original = JsonNode.Parse(await File.ReadAllTextAsync(StudyApiApp.FixturePath(fixture)))!;
        var nctId = original["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>();
        await using var db = app.Database.CreateContext();
        var trial = await db.Trials.AsNoTracking().WithRecord().SingleAsync(t => t.RegistryId == nctId);
        trial.SourceRecord = null;

        var served = CtGovStudyDocument.ToJson(trial);

        Assert.Empty(StudyRoundTripComparer.DifferencesInModelledFields(original, served));
        Assert.Null(served["resultsSection"]);
        Assert.Null(served["derivedSection"]?["miscInfoModule"]);
    }
}
