using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TrialRegistry.Web.Hosting;

/// <summary>The "Api:RateLimit" section: how many API requests one client may make per minute.</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api:RateLimit";

    /// <summary>
    /// Requests per minute and client address to /api/... (0 turns the limit off). 600 lets a script
    /// walk the whole registry at ten pages a second; it stops a runaway loop from starving the pages.
    /// </summary>
    public int PermitsPerMinute { get; set; } = 600;
}

/// <summary>
/// One global limiter for every /api path, partitioned by client address, so no endpoint has to opt
/// in (docs/decisions/0021-registry-api-and-rate-limit.md). Pages, feeds, static files, health
/// checks and the OpenAPI document are not limited. A rejection is a 429 ProblemDetails with
/// Retry-After in seconds.
/// </summary>
public static class RateLimitSetup
{
    public const string ApiPrefix = "/api";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void AddApiRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ApiRateLimitOptions>(builder.Configuration.GetSection(ApiRateLimitOptions.Section));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<ApiRateLimitOptions>>((limiter, api) =>
            {
                var permits = api.Value.PermitsPerMinute;
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    permits <= 0 || !context.Request.Path.StartsWithSegments(ApiPrefix)
                        ? RateLimitPartition.GetNoLimiter(string.Empty)
                        : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = permits,
                            Window = Window,
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        }));
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = RejectAsync;
            });
    }

    public static void UseApiRateLimiting(this WebApplication app) => app.UseRateLimiter();

    /// <summary>
    /// The client's address; an IPv6 client by its /64, which one household or server usually holds
    /// whole (one address per request would otherwise be a fresh partition each time). Behind a
    /// reverse proxy every client has the proxy's address unless forwarded headers are trusted.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return address.ToString();
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = string.Create(
                    CultureInfo.InvariantCulture,
                    $"This client made more than {http.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value.PermitsPerMinute} API requests in a minute. Retry after {seconds} seconds."),
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
            },
        });
    }
}
