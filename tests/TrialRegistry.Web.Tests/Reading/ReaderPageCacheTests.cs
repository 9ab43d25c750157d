using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrialRegistry.ContentChanges;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Web.Api;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Reading;

/// <summary>
/// The server cache of anonymous readers' pages: pages are served from it, and no page is served
/// stale once a write commits, whoever writes (the API, the app's own code, another process) and
/// however much (a bulk change). A cached page says so with an Age header. Its own app: these tests write.
/// </summary>
public sealed class ReaderPageCacheTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string Seed = TestAccounts.SeedTrial;
    private const string SeedPage = "/trials/" + Seed;

    /// <summary>How long another process's write may take to arrive by notification on a loaded machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_anonymous_page_comes_from_the_cache_the_second_time_and_a_signed_in_page_never_does()
    {
        using var anonymous = await ReaderAsync();
        await CachedAsync(anonymous, "/conditions");

        await TestAccounts.CreateInvestigatorAsync(app.Services, "cache-signed-in@test.local", TestAccounts.Aphp);
        using var signedIn = await TestAccounts.SignedInClientAsync(app, "cache-signed-in@test.local");
        for (var i = 0; i < 2; i++)
        {
            using var response = await signedIn.GetAsync(new Uri("/conditions", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Age);
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
            Assert.Contains("cache-signed-in@test.local", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_page_and_a_HEAD_are_never_what_a_later_GET_gets()
    {
        using var anonymous = await ReaderAsync();
        for (var i = 0; i < 2; i++)
        {
            using var missing = await anonymous.GetAsync(new Uri("/trials/NCT99999998", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Null(missing.Headers.Age);
        }

        using (var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/organizations?q=hospital")))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }

        var html = await anonymous.GetStringAsync(new Uri("/organizations?q=hospital", UriKind.Relative));
        Assert.Contains("organization-link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_load_never_gets_the_streamed_page_an_enhanced_navigation_got()
    {
        using var anonymous = await ReaderAsync();
        const string Search = "/trials?phase=PHASE2";
        for (var i = 0; i < 2; i++)
        {
            using var enhanced = new HttpRequestMessage(HttpMethod.Get, Search);
            enhanced.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
            using var streamed = await anonymous.SendAsync(enhanced);

            // Exactly "allow", from the cache too: blazor.web.js reloads the whole page otherwise.
            Assert.Equal(["allow"], streamed.Headers.GetValues("blazor-enhanced-nav"));
            Assert.Contains("aria-busy=\"true\"", await streamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var full = await anonymous.GetStringAsync(new Uri(Search, UriKind.Relative));
        Assert.DoesNotContain("aria-busy=\"true\"", full, StringComparison.Ordinal);
        Assert.Contains($"data-shown=\"{Search}\"", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_through_the_API_is_on_the_very_next_anonymous_view_of_the_record_and_its_history()
    {
        using var anonymous = await ReaderAsync();
        await CachedAsync(anonymous, SeedPage);
        await CachedAsync(anonymous, SeedPage + "/history");

        await TestAccounts.CreateInvestigatorAsync(app.Services, "cache-api@test.local", TestAccounts.Aphp);
        using var investigator = await TestAccounts.SignedInClientAsync(app, "cache-api@test.local");
        await SaveEnrollmentAsync(investigator, 4321, "Enrollment from the cache test");

        // No waiting: the write committed in this process, so the next page must show it.
        var record = await anonymous.GetStringAsync(new Uri(SeedPage, UriKind.Relative));
        Assert.Contains("4,321 participants", record, StringComparison.Ordinal);
        var history = await anonymous.GetStringAsync(new Uri(SeedPage + "/history", UriKind.Relative));
        Assert.Contains("Enrollment from the cache test", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_record_written_by_the_app_is_on_the_product_and_trial_pages_at_once()
    {
        using var anonymous = await ReaderAsync();
        int productId;
        await using (var db = await CreateContextAsync())
        {
            productId = await db.Products.Where(p => p.Name == TestAccounts.SeedProduct).Select(p => p.Id).SingleAsync();
        }

        var productPage = $"/products/{productId}?tab=patents";
        await CachedAsync(anonymous, productPage);
        await CachedAsync(anonymous, SeedPage);

        await using (var db = await CreateContextAsync())
        {
            var product = await db.Products.SingleAsync(p => p.Id == productId);
            var trial = await db.Trials.SingleAsync(t => t.RegistryId == Seed);
            db.Add(new Patent
            {
                PublicationNumber = "WO2026999001A1",
                Title = "Cord-derived cells kept fresh in the page cache",
                Jurisdiction = "WO",
                Products = [product],
                Trials = [trial],
            });
            await db.SaveChangesAsync();
        }

        Assert.Contains("WO2026999001A1", await anonymous.GetStringAsync(new Uri(productPage, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Cord-derived cells kept fresh in the page cache", await anonymous.GetStringAsync(new Uri(SeedPage, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_process_write_evicts_the_page_when_its_notification_arrives()
    {
        using var anonymous = await ReaderAsync();
        await CachedAsync(anonymous, SeedPage);
        await CachedAsync(anonymous, "/trials");

        // Not through the app: no interceptor, as if another instance wrote it.
        await ExecuteOutsideAsync($"UPDATE trials SET acronym = 'ELSEWHERE' WHERE registry_id = '{Seed}'");

        await WaitUntilAsync(anonymous, SeedPage, html => html.Contains("ELSEWHERE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bulk_change_evicts_every_page()
    {
        using var anonymous = await ReaderAsync();
        string[] pages = [SeedPage, "/trials", "/organizations"];
        foreach (var page in pages)
        {
            await CachedAsync(anonymous, page);
        }

        // Over 5,000 row changes in one transaction: one "*" for everything, not a notification each.
        await ExecuteOutsideAsync("""
            DO $$ BEGIN
                FOR round IN 1..60 LOOP
                    UPDATE trial_condition SET ordinal = ordinal;
                END LOOP;
            END $$;
            """);

        foreach (var page in pages)
        {
            // A fresh render has no Age; the evicted page would keep answering with one for ten minutes.
            await WaitUntilRenderedAsync(anonymous, page);
        }
    }

    [Fact]
    public async Task Revalidation_gets_304_until_something_changes_then_the_new_page()
    {
        using var anonymous = await ReaderAsync();
        using var first = await anonymous.GetAsync(new Uri(SeedPage, UriKind.Relative));
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.NotNull(lastModified);

        using (var byTag = await ConditionalAsync(anonymous, SeedPage, request => request.Headers.IfNoneMatch.Add(etag)))
        {
            Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
            Assert.Equal(etag, byTag.Headers.ETag);
            Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        }

        // Last-Modified is never after the response that carried it; a date a second later is current.
        using (var byDate = await ConditionalAsync(anonymous, SeedPage, request => request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddSeconds(1)))
        {
            Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        }

        await TestAccounts.CreateInvestigatorAsync(app.Services, "cache-etag@test.local", TestAccounts.Aphp);
        using var investigator = await TestAccounts.SignedInClientAsync(app, "cache-etag@test.local");
        await SaveEnrollmentAsync(investigator, 2468, null);

        using var changed = await ConditionalAsync(anonymous, SeedPage, request =>
        {
            request.Headers.IfNoneMatch.Add(etag);
            request.Headers.IfModifiedSince = lastModified;
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("2,468 participants", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>An anonymous client, once the app follows the database's changes (until then nothing is cached).</summary>
    private async Task<HttpClient> ReaderAsync()
    {
        var feed = app.Services.GetRequiredService<ContentChangeFeed>();
        var deadline = DateTime.UtcNow + Patience;
        while (!feed.IsFollowing)
        {
            Assert.True(DateTime.UtcNow < deadline, "the content change feed never started following");
            await Task.Delay(50);
        }

        return app.CreateClient();
    }

    /// <summary>Requests <paramref name="path"/> until the cache answers (Age header): rendered once, then served from the cache.</summary>
    private static async Task CachedAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} was never served from the cache");
        }
    }

    private static async Task WaitUntilRenderedAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.Headers.Age is null)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} was still served from the cache after the bulk change");
            await Task.Delay(50);
        }
    }

    private static async Task WaitUntilAsync(HttpClient client, string path, Func<string, bool> shows)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!shows(await client.GetStringAsync(new Uri(path, UriKind.Relative))))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} still showed the old page after the write");
            await Task.Delay(50);
        }
    }

    private static Task<HttpResponseMessage> ConditionalAsync(HttpClient client, string path, Action<HttpRequestMessage> conditions)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        conditions(request);
        return client.SendAsync(request);
    }

    private static async Task SaveEnrollmentAsync(HttpClient investigator, int enrollment, string? note)
    {
        using var draftResponse = await investigator.GetAsync(new Uri($"/api/trials/{Seed}/draft", UriKind.Relative));
        var draft = (await draftResponse.Content.ReadFromJsonAsync<TrialDraft>(TrialWriteEndpoints.Json))!;
        draft.EnrollmentCount = enrollment;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/trials/{Seed}")
        {
            Content = JsonContent.Create(new TrialWriteEndpoints.TrialWriteRequest(draft, note), options: TrialWriteEndpoints.Json),
        };
        put.Headers.IfMatch.Add(draftResponse.Headers.ETag!);
        using var saved = await investigator.SendAsync(put);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private async Task<RegistryDbContext> CreateContextAsync()
        => await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();

    private async Task ExecuteOutsideAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
