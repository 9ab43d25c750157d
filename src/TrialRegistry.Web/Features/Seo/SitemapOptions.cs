namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// How the sitemaps are cut into files. Not bound to configuration: the only reason to change it is a
/// test (services.Configure&lt;SitemapOptions&gt;), which needs small files to see the paging work.
/// </summary>
public sealed class SitemapOptions
{
    /// <summary>The sitemaps.org protocol's limit of URLs per sitemap file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>
    /// The width of a file's id range: sitemap k of a kind lists the records with ids in
    /// ((k-1)·PageSize, k·PageSize], so a file never holds more than PageSize URLs.
    /// </summary>
    public int PageSize { get; set; } = MaxUrlsPerFile;
}
