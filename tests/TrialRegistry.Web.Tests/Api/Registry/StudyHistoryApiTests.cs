using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Web.Api;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.Registry;

/// <summary>
/// /api/registry/studies/{id}/versions: the public history as the history page shows it, with one
/// version's whole record; nothing the page does not show (the editor's user id).
/// </summary>
public sealed class StudyHistoryApiTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string Seed = TestAccounts.SeedTrial;

    [Fact]
    public async Task An_edit_appears_newest_first_after_the_record_as_imported_with_who_when_source_and_note()
    {
        var editor = await TestAccounts.CreateInvestigatorAsync(app.Services, "history-api@test.local", TestAccounts.Aphp);
        using var signedIn = await TestAccounts.SignedInClientAsync(app, "history-api@test.local");
        await EditAsync(signedIn, Seed, draft => draft.EnrollmentCount = 77, "Enrollment from the API test");
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/registry/studies/{Seed}/versions", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Seed, history.Text("registryId"));
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.True(versions.Count >= 2);
        var latest = versions[0];
        var original = versions[^1];
        Assert.Equal(versions.Count, latest.GetProperty("number").GetInt32());
        Assert.Equal("history-api@test.local", latest.Text("changedBy"));
        Assert.Equal("EDIT", latest.Text("source"));
        Assert.Equal("Enrollment from the API test", latest.Text("note"));
        Assert.True(latest.GetProperty("createdAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(1, original.GetProperty("number").GetInt32());
        Assert.Contains(original.Text("source"), new[] { "IMPORT", "DEMO_DATA" });

        // No more than the public page shows: never the account behind an edit.
        Assert.DoesNotContain(editor.Id, body, StringComparison.Ordinal);
        Assert.DoesNotContain("userId", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task One_version_carries_the_record_as_saved_in_camel_case()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "history-snapshot@test.local", TestAccounts.Aphp);
        using var signedIn = await TestAccounts.SignedInClientAsync(app, "history-snapshot@test.local");
        await EditAsync(signedIn, Seed, draft => draft.Acronym = "SNAPSHOT-A", null);
        await EditAsync(signedIn, Seed, draft => draft.Acronym = "SNAPSHOT-B", null);
        using var client = app.CreateClient();
        var number = (await client.GetJsonAsync($"/api/registry/studies/{Seed}/versions")).GetProperty("versions")[0].GetProperty("number").GetInt32();

        var newest = await client.GetJsonAsync($"/api/registry/studies/{Seed}/versions/{number}");
        var before = await client.GetJsonAsync($"/api/registry/studies/{Seed}/versions/{number - 1}");

        Assert.Equal(number, newest.GetProperty("number").GetInt32());
        Assert.Equal("history-snapshot@test.local", newest.Text("changedBy"));
        Assert.Equal("SNAPSHOT-B", newest.GetProperty("snapshot").Text("acronym"));
        Assert.Equal("SNAPSHOT-A", before.GetProperty("snapshot").Text("acronym"));
        Assert.Equal(Seed, newest.GetProperty("snapshot").Text("registryId"));
        Assert.Equal(JsonValueKind.String, newest.GetProperty("snapshot").GetProperty("leadSponsor").GetProperty("name").ValueKind);
        Assert.False(newest.GetProperty("snapshot").TryGetProperty("BriefTitle", out _));
    }

    [Fact]
    public async Task A_trial_never_edited_has_no_versions_yet()
    {
        using var client = app.CreateClient();
        var other = (await client.GetJsonAsync("/api/registry/organizations?q=university%20college%20london")).Items().First().GetProperty("id").GetInt32();
        var trial = (await client.GetJsonAsync($"/api/registry/organizations/{other}/trials?role=lead")).Items().First().Text("registryId");

        var history = await client.GetJsonAsync($"/api/registry/studies/{trial}/versions");

        Assert.Empty(history.GetProperty("versions").EnumerateArray());
        Assert.Equal(trial, history.Text("registryId"));
    }

    [Fact]
    public async Task Unknown_studies_and_versions_are_404_problems()
    {
        using var client = app.CreateClient();

        var study = await client.GetProblemAsync("/api/registry/studies/NCT99999999/versions", HttpStatusCode.NotFound);
        var version = await client.GetProblemAsync($"/api/registry/studies/{Seed}/versions/9999", HttpStatusCode.NotFound);
        var parameter = await client.GetProblemAsync($"/api/registry/studies/{Seed}/versions?from=1", HttpStatusCode.BadRequest);

        Assert.Equal("There is no study NCT99999999.", study.Text("detail"));
        Assert.Equal($"Study {Seed} has no version 9999.", version.Text("detail"));
        Assert.Contains("Unknown parameter 'from'", parameter.Text("detail"), StringComparison.Ordinal);
    }

    /// <summary>A save through the write API: read the draft and its ETag, change it, PUT it back.</summary>
    private static async Task EditAsync(HttpClient client, string registryId, Action<TrialDraft> change, string? note)
    {
        using var read = await client.GetAsync(new Uri($"/api/trials/{registryId}/draft", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var draft = (await read.Content.ReadFromJsonAsync<TrialDraft>(TrialWriteEndpoints.Json))!;
        change(draft);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/trials/{registryId}", UriKind.Relative))
        {
            Content = JsonContent.Create(new TrialWriteEndpoints.TrialWriteRequest(draft, note), options: TrialWriteEndpoints.Json),
        };
        request.Headers.IfMatch.Add(read.Headers.ETag ?? throw new InvalidOperationException("No ETag."));
        using var saved = await client.SendAsync(request);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }
}
