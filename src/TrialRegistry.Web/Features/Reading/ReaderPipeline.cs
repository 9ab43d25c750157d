using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>Wires readers' HTTP: compression, caching headers and ETags, HEAD on pages.</summary>
public static class ReaderPipeline
{
    public static IServiceCollection AddReaderHttp(this IServiceCollection services)
    {
        // Fastest levels: a 100 KB page compresses in well under a millisecond and still shrinks ~8×.
        // Not over HTTPS terminated here: signed-in pages carry an antiforgery token (BREACH); a
        // TLS-terminating proxy in front compresses as it sees fit.
        services.AddResponseCompression(options => options.Providers.Add<BrotliCompressionProvider>());
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseReaderHttp(this IApplicationBuilder app)
        => app.UseResponseCompression().UseMiddleware<ReaderHttpCaching>();

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
