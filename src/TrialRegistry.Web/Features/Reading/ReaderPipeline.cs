using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>Wires readers' HTTP: compression, caching headers and ETags, the server cache, HEAD on pages.</summary>
public static class ReaderPipeline
{
    public static IServiceCollection AddReaderHttp(this IServiceCollection services, IConfiguration configuration)
    {
        var cache = configuration.GetSection(ReaderCacheOptions.Section);
        services.Configure<ReaderCacheOptions>(cache);
        services.TryAddSingleton(TimeProvider.System);

        // One policy for every reader's page (ReaderOutputCachePolicy decides per request); in memory
        // unless ReaderCache:Redis names a server the instances share.
        services.AddOutputCache(options =>
        {
            options.SizeLimit = (cache.GetValue<int?>(nameof(ReaderCacheOptions.SizeLimitMiB)) ?? new ReaderCacheOptions().SizeLimitMiB) * 1024L * 1024L;
            options.AddBasePolicy(builder => builder.AddPolicy<ReaderOutputCachePolicy>(), excludeDefaultPolicy: true);
        });
        if (cache.GetValue<string>(nameof(ReaderCacheOptions.Redis)) is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "trialregistry:";
            });
        }

        services.AddHostedService<ReaderPageCache>();

        // Fastest levels: a 100 KB page compresses in well under a millisecond and still shrinks ~8×.
        // Not over HTTPS terminated here: signed-in pages carry an antiforgery token (BREACH); a
        // TLS-terminating proxy in front compresses as it sees fit.
        services.AddResponseCompression(options => options.Providers.Add<BrotliCompressionProvider>());
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After authentication (the cache serves anonymous readers only); compression stays outside the cache, which keeps pages as rendered.</summary>
    public static IApplicationBuilder UseReaderHttp(this IApplicationBuilder app)
        => app.UseResponseCompression().UseMiddleware<ReaderHttpCaching>().UseOutputCache();

    /// <summary>
    /// Pages answer HEAD as GET without the body (Kestrel drops it), so link checkers and crawlers
    /// that probe with HEAD see 200, not 404.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder WithHead(this RazorComponentsEndpointConventionBuilder pages)
    {
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods && methods.HttpMethods.Contains(HttpMethods.Get))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
            }
        });
        return pages;
    }
}
