using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Web.Features.Seo;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>
/// /sitemap.xml and its files on the demo data, cut into files of <see cref="SeoApp.PageSize"/> ids:
/// everything validates against the sitemaps.org schemas, every record page is listed exactly once
/// with its absolute URL, and no file is over the page size.
/// </summary>
[Collection(nameof(SeoCollection))]
public sealed class SitemapTests(SeoApp app)
{
    private static readonly XNamespace Sm = SitemapWriter.Namespace;

    [Fact]
    public async Task The_index_and_every_file_it_lists_validate_against_the_sitemaps_org_schemas()
    {
        using var client = app.CreateClient();
        var index = await GetXmlAsync(client, SeoEndpoints.SitemapIndexPath);
        Assert.Empty(SitemapSchemas.Problems(index, SitemapSchemas.Index));

        var files = Locations(XDocument.Parse(index), "sitemap");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var xml = await GetXmlAsync(client, new Uri(file).PathAndQuery);
            Assert.Empty(SitemapSchemas.Problems(xml, SitemapSchemas.UrlSet));
        }
    }

    [Fact]
    public async Task Every_trial_product_organization_and_condition_is_listed_exactly_once_with_its_absolute_url()
    {
        var sitemaps = await LoadAllAsync();
        await using var db = CreateContext();
        var expected = (await db.Trials.Select(t => t.RegistryId).ToListAsync()).Select(id => "http://localhost/trials/" + Uri.EscapeDataString(id))
            .Concat((await db.Products.Select(p => p.Id).ToListAsync()).Select(id => $"http://localhost/products/{id}"))
            .Concat((await db.Organizations.Select(o => o.Id).ToListAsync()).Select(id => $"http://localhost/organizations/{id}"))
            .Concat((await db.Conditions.Select(c => c.Id).ToListAsync()).Select(id => $"http://localhost/conditions/{id}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Sorted lists, not sets: a URL listed twice (at a file boundary) fails here.
        var listed = sitemaps.SelectMany(f => f.Urls).Select(u => u.Location).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task Trials_carry_their_update_time_and_each_index_entry_the_newest_of_its_file()
    {
        var sitemaps = await LoadAllAsync();
        await using var db = CreateContext();
        var updated = await db.Trials.ToDictionaryAsync(t => "http://localhost/trials/" + Uri.EscapeDataString(t.RegistryId), t => t.UpdatedAt);

        var trialFiles = sitemaps.Where(f => f.Location.Contains("/sitemaps/trials-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(trialFiles);
        foreach (var file in trialFiles)
        {
            foreach (var url in file.Urls)
            {
                Assert.Equal(SitemapWriter.W3CDateTime(updated[url.Location]), url.LastModified);
            }

            Assert.Equal(file.Urls.Max(u => u.LastModified), file.LastModified);
        }

        // The other kinds have no update time: neither their URLs nor their files claim one.
        Assert.All(sitemaps.Except(trialFiles), file =>
        {
            Assert.Null(file.LastModified);
            Assert.All(file.Urls, url => Assert.Null(url.LastModified));
        });
    }

    [Fact]
    public async Task Files_are_cut_at_the_page_size_by_id_range_and_the_trials_take_several()
    {
        var sitemaps = await LoadAllAsync();
        await using var db = CreateContext();
        var trialIds = await db.Trials.ToDictionaryAsync(t => "http://localhost/trials/" + Uri.EscapeDataString(t.RegistryId), t => t.Id);

        Assert.All(sitemaps, file => Assert.InRange(file.Urls.Count, 1, SeoApp.PageSize));
        var trialFiles = sitemaps.Where(f => f.Location.Contains("/sitemaps/trials-", StringComparison.Ordinal)).ToList();
        Assert.True(trialFiles.Count > 1, $"The demo trials should need several files of {SeoApp.PageSize}, got {trialFiles.Count}.");
        foreach (var file in trialFiles)
        {
            // trials-k.xml holds the ids ((k-1)·size, k·size], in id order.
            var page = int.Parse(file.Location.Split("trials-")[1].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
            var ids = file.Urls.Select(u => trialIds[u.Location]).ToList();
            Assert.All(ids, id => Assert.InRange(id, ((page - 1) * SeoApp.PageSize) + 1, page * SeoApp.PageSize));
            Assert.Equal(ids.Order(), ids);
        }
    }

    [Fact]
    public async Task The_first_page_of_each_kind_opens()
    {
        var sitemaps = await LoadAllAsync();
        using var client = app.CreateClient();
        foreach (var kind in SitemapKinds.All)
        {
            var file = sitemaps.First(f => f.Location.EndsWith(kind.FilePath(1), StringComparison.Ordinal));
            var response = await client.GetAsync(new Uri(file.Urls[0].Location).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemaps/trials-1.xml")]
    [InlineData("/robots.txt")]
    public async Task Head_answers_200_with_the_headers_and_no_body(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Content.Headers.ContentType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/sitemaps/trials-100000.xml")]
    [InlineData("/sitemaps/conditions-0.xml")]
    [InlineData("/sitemaps/patents-1.xml")]
    public async Task A_file_the_index_does_not_list_is_not_found(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void The_default_page_size_is_the_protocols_limit_of_50000()
        => Assert.Equal(50_000, new SitemapOptions().PageSize);

    private static async Task<string> GetXmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Locations(XDocument document, string entry)
        => document.Root!.Elements(Sm + entry).Select(e => e.Element(Sm + "loc")!.Value).ToList();

    private async Task<List<ListedFile>> LoadAllAsync()
    {
        using var client = app.CreateClient();
        var index = XDocument.Parse(await GetXmlAsync(client, SeoEndpoints.SitemapIndexPath));
        var files = new List<ListedFile>();
        foreach (var entry in index.Root!.Elements(Sm + "sitemap"))
        {
            var location = entry.Element(Sm + "loc")!.Value;
            var urlset = XDocument.Parse(await GetXmlAsync(client, new Uri(location).PathAndQuery));
            var urls = urlset.Root!.Elements(Sm + "url")
                .Select(u => new ListedUrl(u.Element(Sm + "loc")!.Value, u.Element(Sm + "lastmod")?.Value))
                .ToList();
            files.Add(new ListedFile(location, entry.Element(Sm + "lastmod")?.Value, urls));
        }

        return files;
    }

    private RegistryDbContext CreateContext()
        => app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    private sealed record ListedFile(string Location, string? LastModified, List<ListedUrl> Urls);

    private sealed record ListedUrl(string Location, string? LastModified);
}
