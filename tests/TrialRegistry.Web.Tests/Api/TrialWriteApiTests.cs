using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Web.Api;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api;

/// <summary>
/// Writing trials over HTTP, bypassing the editor: the same rights, rules, concurrency and history,
/// answered as status codes and ProblemDetails.
/// </summary>
public sealed class TrialWriteApiTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string Seed = TestAccounts.SeedTrial;

    [Fact]
    public async Task An_investigator_of_the_sponsor_reads_the_draft_and_saves_a_change_with_its_etag()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-aphp@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "api-aphp@test.local");
        var (draft, etag) = await ReadDraftAsync(client, Seed);
        draft.EnrollmentCount = 123;

        using var response = await PutAsync(client, Seed, draft, etag, "Enrollment corrected through the API");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
        var (stored, storedEtag) = await ReadDraftAsync(client, Seed);
        Assert.Equal(123, stored.EnrollmentCount);
        Assert.Equal(response.Headers.ETag, storedEtag);
        await using var db = CreateContext();
        var version = await db.TrialVersions.Where(v => v.Trial.RegistryId == Seed).OrderByDescending(v => v.Number).FirstAsync();
        Assert.Equal(ChangeSource.Edit, version.Source);
        Assert.Equal("api-aphp@test.local", version.ChangedBy);
        Assert.Equal("Enrollment corrected through the API", version.ChangeNote);
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict_and_writes_nothing()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-conflict@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "api-conflict@test.local");
        var (first, etag) = await ReadDraftAsync(client, Seed);
        first.Acronym = "FIRST";
        using (var saved = await PutAsync(client, Seed, first, etag, null))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var (second, _) = await ReadDraftAsync(client, Seed);
        second.Acronym = "SECOND";
        using var response = await PutAsync(client, Seed, second, etag, null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("api-conflict@test.local", problem.GetProperty("changedBy").GetString());
        Assert.Equal("FIRST", (await ReadDraftAsync(client, Seed)).Draft.Acronym);
    }

    [Fact]
    public async Task Without_if_match_the_write_is_refused_with_428()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-nomatch@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "api-nomatch@test.local");
        var (draft, _) = await ReadDraftAsync(client, Seed);

        using var response = await PutAsync(client, Seed, draft, etag: null, null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Contains("If-Match", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_rules_come_back_keyed_by_field_and_nothing_is_written()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-invalid@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "api-invalid@test.local");
        var (draft, etag) = await ReadDraftAsync(client, Seed);
        var title = draft.BriefTitle;
        draft.BriefTitle = new string('x', 301);
        draft.Acronym = "FAR TOO LONG ACRONYM";

        using var response = await PutAsync(client, Seed, draft, etag, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.Equal("Brief title is 301 characters; the limit is 300.", errors.GetProperty("BriefTitle")[0].GetString());
        Assert.True(errors.TryGetProperty("Acronym", out _));
        var (stored, storedEtag) = await ReadDraftAsync(client, Seed);
        Assert.Equal(title, stored.BriefTitle);
        Assert.Equal(etag, storedEtag);
    }

    [Fact]
    public async Task An_investigator_of_another_organization_gets_403_and_anonymous_gets_401()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-ucl@test.local", TestAccounts.Ucl);
        using var ucl = await TestAccounts.SignedInClientAsync(app, "api-ucl@test.local");
        using var anonymous = TestAccounts.CreateClient(app);
        var (draft, etag) = await ReadDraftAsync(anonymous, Seed);
        draft.EnrollmentCount = 1;

        using var forbidden = await PutAsync(ucl, Seed, draft, etag, null);
        using var unauthenticated = await PutAsync(anonymous, Seed, draft, etag, null);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.NotEqual(1, (await ReadDraftAsync(anonymous, Seed)).Draft.EnrollmentCount);
    }

    [Fact]
    public async Task A_new_trial_gets_the_registry_own_id_and_another_organization_cannot_be_its_sponsor()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-new@test.local", TestAccounts.Aphp);
        await TestAccounts.CreateInvestigatorAsync(app.Services, "api-new-ucl@test.local", TestAccounts.Ucl);
        using var aphp = await TestAccounts.SignedInClientAsync(app, "api-new@test.local");
        using var ucl = await TestAccounts.SignedInClientAsync(app, "api-new-ucl@test.local");
        var (draft, _) = await ReadDraftAsync(aphp, Seed);
        draft.RegistryId = null;
        draft.BriefTitle = "A new APHP study registered through the API";

        using var refused = await PostAsync(ucl, draft);
        using var created = await PostAsync(aphp, draft);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var registryId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registryId").GetString()!;
        Assert.Matches("^TRG-[0-9]{6,}$", registryId);
        Assert.Equal($"/trials/{registryId}", created.Headers.Location?.OriginalString);
        Assert.Equal("A new APHP study registered through the API", (await ReadDraftAsync(aphp, registryId)).Draft.BriefTitle);
    }

    [Fact]
    public async Task Malformed_json_and_unknown_trials_get_problem_details()
    {
        await TestAccounts.CreateAdminAsync(app.Services, "api-admin@test.local");
        using var admin = await TestAccounts.SignedInClientAsync(app, "api-admin@test.local");
        var (_, etag) = await ReadDraftAsync(admin, Seed);

        using var malformed = new HttpRequestMessage(HttpMethod.Put, $"/api/trials/{Seed}") { Content = new StringContent("{\"trial\": {", Encoding.UTF8, "application/json") };
        malformed.Headers.IfMatch.Add(etag!);
        using var bad = await admin.SendAsync(malformed);
        using var missing = await admin.GetAsync(new Uri("/api/trials/NCT99999999/draft", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Malformed JSON", (await ProblemAsync(bad)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    private RegistryDbContext CreateContext() => app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    private static async Task<(TrialDraft Draft, EntityTagHeaderValue? ETag)> ReadDraftAsync(HttpClient client, string registryId)
    {
        using var response = await client.GetAsync(new Uri($"/api/trials/{registryId}/draft", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<TrialDraft>(TrialWriteEndpoints.Json);
        return (draft!, response.Headers.ETag);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string registryId, TrialDraft draft, EntityTagHeaderValue? etag, string? note)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/trials/{registryId}")
        {
            Content = JsonContent.Create(new TrialWriteEndpoints.TrialWriteRequest(draft, note), options: TrialWriteEndpoints.Json),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, TrialDraft draft)
        => client.PostAsync(
            new Uri("/api/trials", UriKind.Relative),
            JsonContent.Create(new TrialWriteEndpoints.TrialWriteRequest(draft, "Registered through the API"), options: TrialWriteEndpoints.Json));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
        => await response.Content.ReadFromJsonAsync<JsonElement>();
}
