namespace TrialRegistry.Web.Tests.Seo;

/// <summary>The validator the sitemap tests rely on does reject what the sitemaps.org schemas forbid (so those tests can fail).</summary>
public sealed class SitemapSchemaTests
{
    private const string Open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";

    [Fact]
    public void A_well_formed_sitemap_passes()
        => Assert.Empty(SitemapSchemas.Problems(Open + "<url><loc>https://example.org/trials/NCT1</loc><lastmod>2024-05-03T14:07:55Z</lastmod></url></urlset>", SitemapSchemas.UrlSet));

    [Theory]
    [InlineData("<url><lastmod>2024-05-03</lastmod></url></urlset>")] // no loc
    [InlineData("<url><loc>https://example.org/trials/NCT1</loc><lastmod>yesterday</lastmod></url></urlset>")]
    [InlineData("<url><loc>https://example.org/trials/NCT1</loc><priority>1.5</priority></url></urlset>")]
    [InlineData("<url><loc>http://a.b</loc></url></urlset>")] // under 12 characters
    [InlineData("</urlset>")] // no url at all
    [InlineData("<url><loc>https://example.org/trials/NCT1</loc></url>")] // not well-formed
    public void A_malformed_sitemap_is_rejected(string rest)
        => Assert.NotEmpty(SitemapSchemas.Problems(Open + rest, SitemapSchemas.UrlSet));

    [Fact]
    public void A_sitemap_in_another_namespace_is_rejected()
        => Assert.NotEmpty(SitemapSchemas.Problems("<urlset xmlns=\"http://example.org/other\"><url><loc>https://example.org/x/1</loc></url></urlset>", SitemapSchemas.UrlSet));

    [Fact]
    public void An_index_entry_without_loc_is_rejected()
        => Assert.NotEmpty(SitemapSchemas.Problems(
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><lastmod>2024-05-03</lastmod></sitemap></sitemapindex>",
            SitemapSchemas.Index));
}
