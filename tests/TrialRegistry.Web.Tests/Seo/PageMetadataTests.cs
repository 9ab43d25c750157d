using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>
/// Every reader's page, fetched over HTTP on the demo data: one title and one meta description, each
/// different from every other page's (two searches included), an absolute canonical address without
/// the editor's ?saved=, and the Open Graph and Twitter card tags that link previews read.
/// </summary>
[Collection(nameof(SeoCollection))]
public sealed class PageMetadataTests(SeoApp app)
{
    private const string Site = "http://localhost";

    [Fact]
    public async Task Every_reader_page_has_one_title_and_one_description_of_its_own()
    {
        using var client = app.CreateClient();
        var pages = new List<PageHead>();
        foreach (var path in await ReaderPathsAsync())
        {
            var page = await PageHead.GetAsync(client, path);
            Assert.True(page.Status == HttpStatusCode.OK, $"{path}: {page.Status}");
            pages.Add(page);
        }

        var missing = await PageHead.GetAsync(client, "/trials/NCT00000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        pages.Add(missing);

        foreach (var page in pages)
        {
            Assert.True(page.Titles.Count == 1, $"{page.Path}: {page.Titles.Count} titles");
            Assert.True(page.Descriptions.Count == 1, $"{page.Path}: {page.Descriptions.Count} descriptions");
            Assert.EndsWith("TrialRegistry", page.Title, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(page.Description), page.Path);
            Assert.True(page.Description.Length <= 160, $"{page.Path}: a description of {page.Description.Length} characters");
        }

        AssertDistinct(pages, p => p.Title, "title");
        AssertDistinct(pages, p => p.Description, "description");
    }

    [Fact]
    public async Task Every_indexable_reader_page_has_an_absolute_canonical_address_and_open_graph_tags()
    {
        using var client = app.CreateClient();
        foreach (var path in await ReaderPathsAsync())
        {
            var page = await PageHead.GetAsync(client, path);
            var canonical = page.Canonical;
            Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var url), $"{path}: {canonical}");
            Assert.Equal(Site, url.GetLeftPart(UriPartial.Authority));
            Assert.DoesNotContain("saved=", canonical, StringComparison.Ordinal);

            Assert.Equal(canonical, page.Meta("og:url"));
            Assert.StartsWith(page.Meta("og:title"), page.Title, StringComparison.Ordinal);
            Assert.Equal(page.Description, page.Meta("og:description"));
            Assert.Contains(page.Meta("og:type"), new[] { "website", "article" });
            Assert.Equal("TrialRegistry", page.Meta("og:site_name"));
            Assert.Equal("summary", page.Meta("twitter:card"));
        }
    }

    [Fact]
    public async Task The_canonical_address_keeps_what_chooses_the_content_and_drops_the_rest()
    {
        var ids = await SeedIdsAsync();
        using var client = app.CreateClient();

        // ?saved= is what the editor adds after a save; ?sites= narrows the locations list.
        Assert.Equal($"{Site}/trials/{TestAccounts.SeedTrial}", (await PageHead.GetAsync(client, $"/trials/{TestAccounts.SeedTrial}?saved=2&sites=Paris")).Canonical);

        // The tab and the organization choose the records; the table's page, size and order do not.
        var product = await PageHead.GetAsync(client, $"/products/{ids.Product}?tab=patents&org={ids.Aphp}&page=2&size=50&sort=title&dir=asc&saved=added");
        Assert.Equal($"{Site}/products/{ids.Product}?org={ids.Aphp}&tab=patents", product.Canonical);
        Assert.Equal($"{Site}/products/{ids.Product}", (await PageHead.GetAsync(client, $"/products/{ids.Product}?page=2&sort=title")).Canonical);

        // The search's text and filters, not its order.
        Assert.Equal($"{Site}/trials?q=lupus&status=RECRUITING", (await PageHead.GetAsync(client, "/trials?q=lupus&status=RECRUITING&sort=updated")).Canonical);

        // Index pages: the search and the page number, not the order.
        Assert.Equal($"{Site}/organizations?q=paris&page=2", (await PageHead.GetAsync(client, "/organizations?q=paris&sort=name&page=2")).Canonical);
        Assert.Equal($"{Site}/conditions/{ids.Condition}", (await PageHead.GetAsync(client, $"/conditions/{ids.Condition}?page=2&sort=title&dir=asc")).Canonical);
    }

    [Fact]
    public async Task A_search_title_says_its_text_and_filters_in_words()
    {
        using var client = app.CreateClient();

        var page = await PageHead.GetAsync(client, "/trials?q=lupus&status=RECRUITING&phase=PHASE2&country=France");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Recruiting phase 2 trials of “lupus” in France · TrialRegistry", page.Title);
        Assert.Equal("Trials · TrialRegistry", (await PageHead.GetAsync(client, "/trials")).Title);
    }

    [Fact]
    public async Task A_missing_record_is_not_to_be_indexed()
    {
        using var client = app.CreateClient();

        var page = await PageHead.GetAsync(client, "/products/999999");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Product not found · TrialRegistry", page.Title);
        Assert.Empty(page.Canonicals);
        Assert.Equal("noindex", page.Meta("robots"));
    }

    /// <summary>Each reader's page once (the search page twice, with two searches), on the seed records.</summary>
    private async Task<List<string>> ReaderPathsAsync()
    {
        var ids = await SeedIdsAsync();
        return
        [
            "/",
            "/trials",
            "/trials?q=lupus",
            "/trials?status=RECRUITING&phase=PHASE2",
            $"/trials/{TestAccounts.SeedTrial}",
            $"/trials/{TestAccounts.SeedTrial}/history",
            "/products",
            $"/products/{ids.Product}",
            "/organizations",
            $"/organizations/{ids.Aphp}",
            "/conditions",
            $"/conditions/{ids.Condition}",
        ];
    }

    private async Task<(int Product, int Aphp, int Condition)> SeedIdsAsync()
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
        var product = await db.Products.Where(p => p.Name == TestAccounts.SeedProduct).Select(p => p.Id).SingleAsync();
        var aphp = await db.Organizations.Where(o => o.Name == TestAccounts.Aphp).Select(o => o.Id).SingleAsync();
        var condition = await db.Trials.Where(t => t.RegistryId == TestAccounts.SeedTrial)
            .SelectMany(t => t.Conditions).OrderBy(c => c.Ordinal).Select(c => c.ConditionId).FirstAsync();
        return (product, aphp, condition);
    }

    private static void AssertDistinct(List<PageHead> pages, Func<PageHead, string> value, string what)
    {
        var shared = pages.GroupBy(value).Where(g => g.Count() > 1).Select(g => $"{string.Join(", ", g.Select(p => p.Path))}: “{g.Key}”").ToList();
        Assert.True(shared.Count == 0, $"Pages sharing a {what}: {string.Join("; ", shared)}");
    }
}
