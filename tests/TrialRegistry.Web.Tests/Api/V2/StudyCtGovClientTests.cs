using System.Net;
using System.Text.Json;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>
/// A ClinicalTrials.gov client pointed at this registry: a plain HttpClient on real Kestrel with the
/// base address of CT.gov's API (…/api/v2/) and the same relative paths and parameters as CT.gov's
/// own Python examples (requests.get(base + "studies/NCT…", params={"format": "json", "fields": …})).
/// </summary>
public sealed class StudyCtGovClientTests(KestrelRegistryApp app) : IClassFixture<KestrelRegistryApp>
{
    [Fact]
    public async Task A_ctgov_client_gets_the_seed_trial()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseAddress, "api/v2/") };

        using var response = await client.GetAsync(new Uri(
            $"studies/{TestAccounts.SeedTrial}?format=json&fields=NCTId,BriefTitle,OverallStatus,LeadSponsorName,Phase,LocationCountry", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var study = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var protocol = study.RootElement.GetProperty("protocolSection");
        Assert.Equal(TestAccounts.SeedTrial, protocol.GetProperty("identificationModule").GetProperty("nctId").GetString());
        Assert.Equal(
            "Treatment of Refractory Systemic Lupus Erythematosus by Allogeneic Mesenchymal Stem Cells Derived From the Umbilical Cord",
            protocol.GetProperty("identificationModule").GetProperty("briefTitle").GetString());
        Assert.Equal("UNKNOWN", protocol.GetProperty("statusModule").GetProperty("overallStatus").GetString());
        Assert.Equal(TestAccounts.Aphp, protocol.GetProperty("sponsorCollaboratorsModule").GetProperty("leadSponsor").GetProperty("name").GetString());
        Assert.Equal(["PHASE1", "PHASE2"], protocol.GetProperty("designModule").GetProperty("phases").EnumerateArray().Select(p => p.GetString()));
        Assert.All(
            protocol.GetProperty("contactsLocationsModule").GetProperty("locations").EnumerateArray(),
            location => Assert.Equal("France", location.GetProperty("country").GetString()));
    }

    [Fact]
    public async Task A_ctgov_client_reads_the_whole_seed_study_and_the_version()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseAddress, "api/v2/") };

        using var study = JsonDocument.Parse(await client.GetStringAsync(new Uri($"studies/{TestAccounts.SeedTrial}", UriKind.Relative)));
        var status = study.RootElement.GetProperty("protocolSection").GetProperty("statusModule");
        Assert.Matches(@"^\d{4}(-\d{2}){0,2}$", status.GetProperty("startDateStruct").GetProperty("date").GetString());
        Assert.False(study.RootElement.GetProperty("hasResults").GetBoolean());

        using var version = JsonDocument.Parse(await client.GetStringAsync(new Uri("version", UriKind.Relative)));
        Assert.Equal("2.0.5", version.RootElement.GetProperty("apiVersion").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", version.RootElement.GetProperty("dataTimestamp").GetString());
    }
}
