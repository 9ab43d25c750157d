using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Reading;

/// <summary>
/// Readers' pages over plain HTTP: cacheable by anyone for anonymous readers (no cookie), revalidated
/// with ETags, answered for HEAD, compressed; private for signed-in users; assets immutable.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReaderHttpTests(KestrelRegistryApp app)
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
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])}");
    }

    [Fact]
    public async Task A_record_page_has_an_etag_and_revalidates_with_304()
    {
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri(SeedTrial, UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, SeedTrial);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Another page's validator does not match this one.
        using var other = new HttpRequestMessage(HttpMethod.Get, SeedTrial + "/history");
        other.Headers.IfNoneMatch.Add(etag);
        using var history = await client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.NotEqual(etag, history.Headers.ETag);
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

    [Fact]
    public async Task A_signed_in_user_gets_a_private_uncached_page()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        await TestAccounts.CreateAdminAsync(app.Services, email);
        using var client = await TestAccounts.SignedInClientAsync(app, email);

        using var response = await client.GetAsync(new Uri(SeedTrial, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Stylesheets_and_scripts_are_fingerprinted_and_immutable()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("app.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(new Uri("/" + asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(
                response.Headers.CacheControl?.Extensions.Any(e => e.Name == "immutable") == true,
                $"{asset}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    // Fingerprinted references: name.<fingerprint>.css|js (MapStaticAssets and @Assets[...]).
    [GeneratedRegex(@"(?:href|src)=""/?(?<url>[^""]+\.[a-z0-9]{8,}\.(?:css|js))""")]
    private static partial Regex AssetReference();
}
