using System.Net;
using System.Net.Http.Headers;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Reading;

/// <summary>
/// Readers' pages over plain HTTP: cacheable by anyone for anonymous readers (no cookie), answered
/// for HEAD, compressed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderHttpTests(KestrelRegistryApp app)
{
    private const string SeedTrial = "/trials/NCT03562065";

    [Theory]
    [InlineData(SeedTrial)]
    [InlineData("/")]
    [InlineData("/trials?q=lupus")]
    [InlineData("/conditions")]
    public async Task An_anonymous_reader_gets_a_public_page_without_a_cookie(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0, NoStore: false }, $"Cache-Control of {path}: {response.Headers.CacheControl}");
        Assert.False(response.Headers.Contains("Pragma"), $"{path} sends Pragma: {string.Join(", ", response.Headers.Pragma)}");
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])}");
    }

    // The editors' "Saved …" notice rides in the URL; the browser tests show it to the investigator.
    [Theory]
    [InlineData(SeedTrial + "?saved=2", "Saved NCT03562065")]
    [InlineData("/products/1?tab=patents&saved=added", "Added the patent")]
    public async Task A_shared_link_with_a_saved_notice_tells_an_anonymous_reader_nothing(string path, string notice)
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.DoesNotContain("saved-notice", html, StringComparison.Ordinal);
        Assert.DoesNotContain(notice, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_keeps_its_antiforgery_cookie_and_is_not_public()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.False(response.Headers.CacheControl?.Public ?? false);
    }

    [Theory]
    [InlineData(SeedTrial)]
    [InlineData("/")]
    [InlineData("/products")]
    public async Task HEAD_is_answered_like_GET_without_a_body(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_missing_record_is_a_404_that_no_cache_keeps_as_a_page()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/trials/NCT00000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task Pages_are_compressed_when_the_reader_accepts_it()
    {
        using var client = app.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, SeedTrial);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }
}
