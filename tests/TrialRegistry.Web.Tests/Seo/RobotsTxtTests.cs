using System.Net;
using TrialRegistry.Web.Features.Seo;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>/robots.txt: the readers' pages open, the private, program and editor paths closed, and an absolute Sitemap line.</summary>
[Collection(nameof(SeoCollection))]
public sealed class RobotsTxtTests(SeoApp app)
{
    [Fact]
    public async Task Robots_txt_closes_accounts_administration_the_api_and_the_editors_and_points_to_the_sitemap_index()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        foreach (var path in new[] { "/account/", "/admin/", "/api/", "/trials/new", "/trials/*/edit", "/products/*/records/" })
        {
            Assert.Contains("Disallow: " + path, lines);
        }

        // The readers' pages stay open: no rule starts with their prefixes.
        foreach (var open in new[] { "/trials", "/products", "/organizations", "/conditions" })
        {
            Assert.DoesNotContain("Disallow: " + open, lines);
            Assert.DoesNotContain("Disallow: " + open + "/", lines);
        }

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public void The_sitemap_line_takes_the_site_root_it_is_given()
        => Assert.Contains("\nSitemap: https://registry.example.org/base/sitemap.xml\n", RobotsTxt.Build("https://registry.example.org/base"), StringComparison.Ordinal);
}
