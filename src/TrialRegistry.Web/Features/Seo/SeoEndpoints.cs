using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// /robots.txt, the sitemap index /sitemap.xml and its files /sitemaps/{kind}-{page}.xml. GET and
/// HEAD both answer (crawlers and uptime checks send HEAD); HEAD sends the headers only. Not part
/// of the API description: these are for crawlers, not programs.
/// </summary>
public static class SeoEndpoints
{
    public const string RobotsPath = "/robots.txt";
    public const string SitemapIndexPath = "/sitemap.xml";

    private const string XmlContentType = "application/xml; charset=utf-8";

    // An hour: the registry changes daily at most, and crawlers fetch these files often.
    private const string CacheControl = "public, max-age=3600";

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSeoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RobotsPath, GetAndHead, WriteRobotsAsync).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapMethods(SitemapIndexPath, GetAndHead, WriteIndexAsync).ExcludeFromDescription().AllowAnonymous();
        foreach (var kind in SitemapKinds.All)
        {
            endpoints.MapMethods(
                    $"/sitemaps/{kind.Slug()}-{{page:int:min(1)}}.xml",
                    GetAndHead,
                    (HttpContext http, int page, IDbContextFactory<RegistryDbContext> dbFactory, IOptions<SitemapOptions> options, CancellationToken cancellationToken)
                        => WriteFileAsync(http, kind, page, dbFactory, options.Value, cancellationToken))
                .ExcludeFromDescription()
                .AllowAnonymous();
        }

        return endpoints;
    }

    /// <summary>"https://registry.example.org" (with the path base if the app is mounted below the root), no trailing slash.</summary>
    public static string SiteRoot(HttpRequest request)
        => UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase).TrimEnd('/');

    private static async Task WriteRobotsAsync(HttpContext http)
    {
        SetHeaders(http.Response, "text/plain; charset=utf-8");
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.WriteAsync(RobotsTxt.Build(SiteRoot(http.Request)), http.RequestAborted);
        }
    }

    private static async Task WriteIndexAsync(
        HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, IOptions<SitemapOptions> options, CancellationToken cancellationToken)
    {
        SetHeaders(http.Response, XmlContentType);
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        List<SitemapFile> files;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            files = await ListSitemapFiles.RunAsync(db, options.Value.PageSize, cancellationToken);
        }

        await SitemapWriter.WriteIndexAsync(http.Response.Body, SiteRoot(http.Request), files, cancellationToken);
    }

    private static async Task WriteFileAsync(
        HttpContext http, SitemapKind kind, int page, IDbContextFactory<RegistryDbContext> dbFactory, SitemapOptions options, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = LoadSitemapPage.Query(db, kind, page, options.PageSize);

        // A file the index does not list (no record in its id range) does not exist: an empty urlset
        // would not even be valid. The probe is one primary-key lookup.
        if (records is null || !await records.AnyAsync(cancellationToken))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        SetHeaders(http.Response, XmlContentType);
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await SitemapWriter.WriteUrlSetAsync(http.Response.Body, SiteRoot(http.Request), kind, records.AsAsyncEnumerable(), cancellationToken);
        }
    }

    private static void SetHeaders(HttpResponse response, string contentType)
    {
        response.ContentType = contentType;
        response.Headers[HeaderNames.CacheControl] = CacheControl;
    }
}
