using System.Text;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// The robots.txt of the site: the readers' pages are open to crawlers; what is private (account,
/// administration), for programs (the API and its OpenAPI document) or for editors (the trial and
/// linked-record editors, see the @page routes under Components/Pages) is not. The Sitemap line must
/// be an absolute URL, so it is built for each request's own scheme and host.
/// </summary>
public static class RobotsTxt
{
    /// <summary>Path prefixes crawlers are asked to leave alone; '*' matches any run of characters (RFC 9309).</summary>
    public static IReadOnlyList<string> DisallowedPaths { get; } =
    [
        "/account/",
        "/admin/",
        "/api/",
        "/openapi/",
        "/trials/new",
        "/trials/*/edit",
        "/products/*/records/",
        "/Error",
        "/not-found",
    ];

    public static string Build(string siteRoot)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        text.Append("Allow: /\n");
        foreach (var path in DisallowedPaths)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append('\n').Append("Sitemap: ").Append(siteRoot).Append(SeoEndpoints.SitemapIndexPath).Append('\n');
        return text.ToString();
    }
}
