using System.Globalization;
using System.Text;
using System.Xml;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// Writes sitemaps.org XML (a urlset or a sitemapindex) straight to the response as the records
/// arrive: a trials file is some 5 MB, never held in memory. Asynchronous all the way, Kestrel
/// refuses synchronous writes.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task WriteIndexAsync(Stream body, string siteRoot, IEnumerable<SitemapFile> files, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(body, Settings());
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEntryAsync(xml, "sitemap", siteRoot + file.Kind.FilePath(file.Page), file.LastModified);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    public static async Task WriteUrlSetAsync(
        Stream body, string siteRoot, SitemapKind kind, IAsyncEnumerable<SitemapRecord> records, CancellationToken cancellationToken)
    {
        var pagePrefix = $"{siteRoot}/{kind.Slug()}/";
        await using var xml = XmlWriter.Create(body, Settings());
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await WriteEntryAsync(xml, "url", pagePrefix + Uri.EscapeDataString(record.PageKey), record.LastModified);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteEntryAsync(XmlWriter xml, string element, string location, DateTimeOffset? lastModified)
    {
        await xml.WriteStartElementAsync(null, element, Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        if (lastModified is { } time)
        {
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, W3CDateTime(time));
        }

        await xml.WriteEndElementAsync();
    }

    /// <summary>W3C Datetime in UTC to the second ("2024-05-03T14:07:55Z"), as sitemaps.org asks for lastmod.</summary>
    public static string W3CDateTime(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // No indentation: 50,000 URLs of whitespace is half a megabyte nobody reads.
    private static XmlWriterSettings Settings() => new() { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
}
