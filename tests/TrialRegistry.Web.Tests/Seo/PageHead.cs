using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>A reader's page fetched over HTTP, its HTML parsed as a browser would (AngleSharp), with what search engines read in its head.</summary>
internal sealed class PageHead
{
    private PageHead(string path, HttpStatusCode status, string html, IDocument document)
    {
        Path = path;
        Status = status;
        Html = html;
        Document = document;
    }

    public string Path { get; }

    public HttpStatusCode Status { get; }

    public string Html { get; }

    public IDocument Document { get; }

    public IReadOnlyList<string> Titles => Document.QuerySelectorAll("title").Select(t => t.TextContent).ToList();

    public IReadOnlyList<string> Descriptions => Contents("meta[name='description']");

    public IReadOnlyList<string> Canonicals
        => Document.QuerySelectorAll("link[rel='canonical']").Select(l => l.GetAttribute("href") ?? string.Empty).ToList();

    public IReadOnlyList<IElement> JsonLdScripts => Document.QuerySelectorAll("script[type='application/ld+json']").ToList();

    public string Title => Assert.Single(Titles);

    public string Description => Assert.Single(Descriptions);

    public string Canonical => Assert.Single(Canonicals);

    public static async Task<PageHead> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return new PageHead(path, response.StatusCode, html, document);
    }

    /// <summary>The content of the one &lt;meta&gt; with this property (og:…) or name (twitter:…).</summary>
    public string Meta(string key)
        => Assert.Single(Contents($"meta[property='{key}']").Concat(Contents($"meta[name='{key}']")));

    /// <summary>The page's one JSON-LD block, parsed (fails when it is not JSON).</summary>
    public JsonElement JsonLd()
    {
        var script = Assert.Single(JsonLdScripts);
        Assert.Equal("HEAD", script.ParentElement?.TagName);
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.Clone();
    }

    private List<string> Contents(string selector)
        => Document.QuerySelectorAll(selector).Select(m => m.GetAttribute("content") ?? string.Empty).ToList();
}
