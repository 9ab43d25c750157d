using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// Renders the Markdown that ClinicalTrials.gov API v2 uses in its free-text fields (summaries,
/// descriptions, eligibility criteria: paragraphs, "* " lists, **emphasis**, backslash escapes) as
/// HTML that is safe to put on a page: raw HTML in the text is shown as text, links keep only web
/// and mail addresses, images become plain links, and headings start at h3 so a record page's own
/// outline (h1 title, h2 sections) stays intact.
/// </summary>
public static class RegistryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()

        // Registry texts (classic records especially) break lines inside a paragraph on purpose:
        // dose lists, criteria written one per line. Markdown would run them together.
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private const int FirstHeadingLevel = 3;

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + FirstHeadingLevel - 1);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            MakeSafe(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Web and mail addresses, and links within this site; nothing that runs script.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var text = url.Trim();
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);
    }

    private static void MakeSafe(LinkInline link)
    {
        // Images would load from anywhere the text points to: show them as links to the picture.
        link.IsImage = false;
        if (IsSafeUrl(link.Url))
        {
            link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
            return;
        }

        // Keep the words, drop the link.
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
