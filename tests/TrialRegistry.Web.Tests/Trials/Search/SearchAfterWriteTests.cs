using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Auditing;
using TrialRegistry.Generation;
using TrialRegistry.Import.Runs;
using TrialRegistry.Search.Facets;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Web.Api;
using TrialRegistry.Web.Components.Pages.Admin.Import;
using TrialRegistry.Web.Import;
using TrialRegistry.Web.Tests.Import;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Trials.Search;

/// <summary>
/// The search page counts with the facet index once it is built, and a save or an import in the
/// app is on the search page at once: the very next request, with no waiting.
/// </summary>
public sealed partial class SearchAfterWriteTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_saved_status_change_is_in_the_next_search()
    {
        var host = await IndexAsync();
        await TestAccounts.CreateInvestigatorAsync(app.Services, "search-after-save@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "search-after-save@test.local");
        const string url = "/trials?status=COMPLETED";
        var (before, beforeHtml) = await CountAsync(client, url);
        Assert.DoesNotContain(TestAccounts.SeedTrial, beforeHtml, StringComparison.Ordinal);

        using (var draftResponse = await client.GetAsync(new Uri($"/api/trials/{TestAccounts.SeedTrial}/draft", UriKind.Relative)))
        {
            var draft = (await draftResponse.Content.ReadFromJsonAsync<TrialDraft>(TrialWriteEndpoints.Json))!;
            // The seed trial's status is unknown (unverified for years) and its completion dates have
            // passed: it completed, on those dates.
            draft.OverallStatus = OverallStatus.Completed;
            draft.LastKnownStatus = null;
            draft.PrimaryCompletionDate.Type = DateType.Actual;
            draft.CompletionDate.Type = DateType.Actual;
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/trials/{TestAccounts.SeedTrial}")
            {
                Content = JsonContent.Create(new TrialWriteEndpoints.TrialWriteRequest(draft, "Recruitment closed"), options: TrialWriteEndpoints.Json),
            };
            put.Headers.IfMatch.Add(draftResponse.Headers.ETag!);
            using var saved = await client.SendAsync(put);
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        }

        var (after, html) = await CountAsync(client, url);
        Assert.Equal(before + 1, after);
        Assert.Contains(TestAccounts.SeedTrial, html, StringComparison.Ordinal);
        Assert.NotNull(host.Current);
    }

    [Fact]
    public async Task An_import_is_in_the_next_search()
    {
        var host = await IndexAsync();
        using var client = app.CreateClient();
        var (before, _) = await CountAsync(client, "/trials");

        var lines = new StudyGenerator().Generate(7, 70_000).Select(study => study.ToJsonString());
        var content = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        using var uploads = new ImportUploads();
        Assert.Null(await uploads.AddAsync(new FakeBrowserFile("generated.ndjson", content), content.Length, CancellationToken.None));
        var options = new ImportOptions(new Actor("search-admin-id", "search-admin@test.local", IsAdmin: true), ["generated.ndjson"], ["ctgov-v2-json"])
        {
            Today = StudyGenerator.Today,
        };
        var job = app.Services.GetRequiredService<ImportQueue>().Enqueue(uploads.Files, options, uploads.Hold());
        var result = await job.Completion.WaitAsync(Patience);
        Assert.Equal(7, result.Run.New);

        var (after, _) = await CountAsync(client, "/trials");
        Assert.Equal(before + 7, after);
        Assert.NotNull(host.Current);
    }

    private async Task<FacetIndexHost> IndexAsync()
    {
        var host = app.Services.GetRequiredService<FacetIndexHost>();
        await host.FirstBuild.WaitAsync(Patience);
        return host;
    }

    private static async Task<(int Count, string Html)> CountAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var match = TrialCount().Match(html);
        Assert.True(match.Success, $"no trial count on {url}");
        return (int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), html);
    }

    [GeneratedRegex("data-testid=\"trial-count\"[^>]*>([0-9,]+) trials?<")]
    private static partial Regex TrialCount();
}
