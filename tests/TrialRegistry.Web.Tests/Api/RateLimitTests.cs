using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api;

/// <summary>
/// The app with a limit of <see cref="Permits"/> API requests a minute. TestServer has no client
/// address, so a startup filter takes it from a test header: each test is a client of its own.
/// </summary>
public sealed class TinyRateLimitApp : RegistryAppFactory
{
    public const int Permits = 3;
    public const string ClientHeader = "X-Test-Client-Address";

    protected override bool LoadDemoData => false;

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Api:RateLimit:PermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFromHeader()));
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class RateLimitTests(TinyRateLimitApp app) : IClassFixture<TinyRateLimitApp>
{
    [Fact]
    public async Task Past_the_limit_an_api_request_is_a_429_problem_with_retry_after_in_seconds()
    {
        using var client = ClientAt("203.0.113.10");
        for (var i = 0; i < TinyRateLimitApp.Permits; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/registry/products", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/registry/organizations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(429, problem?.Status);
        Assert.Equal("Too many requests", problem?.Title);
        Assert.Contains($"Retry after {retryAfter} seconds", problem?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_api_path_counts_even_unknown_ones_and_pages_feeds_and_documents_do_not()
    {
        using var client = ClientAt("203.0.113.20");
        for (var i = 0; i < TinyRateLimitApp.Permits; i++)
        {
            using var counted = await client.GetAsync(new Uri("/api/no-such-endpoint", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, counted.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/v2/studies", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        foreach (var path in new[] { "/health/live", "/openapi/v1.json", "/trials/feed.atom", "/account/login", "/health/live", "/trials/feed.rss" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Each_client_address_has_its_own_allowance()
    {
        using var first = ClientAt("198.51.100.1");
        using var second = ClientAt("198.51.100.2");
        for (var i = 0; i <= TinyRateLimitApp.Permits; i++)
        {
            using var _ = await first.GetAsync(new Uri("/api/registry/products", UriKind.Relative));
        }

        using var firstAgain = await first.GetAsync(new Uri("/api/registry/products", UriKind.Relative));
        using var other = await second.GetAsync(new Uri("/api/registry/products", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Ipv6_clients_are_counted_by_their_64_bit_prefix()
    {
        using var one = ClientAt("2001:db8:1:2::10");
        using var sameNetwork = ClientAt("2001:db8:1:2::99");
        using var otherNetwork = ClientAt("2001:db8:1:3::10");
        for (var i = 0; i < TinyRateLimitApp.Permits; i++)
        {
            using var _ = await one.GetAsync(new Uri("/api/registry/products", UriKind.Relative));
        }

        using var neighbour = await sameNetwork.GetAsync(new Uri("/api/registry/products", UriKind.Relative));
        using var stranger = await otherNetwork.GetAsync(new Uri("/api/registry/products", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, neighbour.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
    }

    private HttpClient ClientAt(string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(TinyRateLimitApp.ClientHeader, address);
        return client;
    }
}
