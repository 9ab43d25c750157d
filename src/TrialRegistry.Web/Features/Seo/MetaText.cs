using System.Text;
using Markdig;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// Text for a page's meta description: plain (registry summaries are CT.gov Markdown, and a search
/// result snippet shows "**" literally), on one line, and short. Search engines cut snippets at about
/// 160 characters, so a longer description is cut there at a word boundary, with an ellipsis.
/// </summary>
public static class MetaText
{
    public const int DescriptionLength = 160;

    /// <summary>The Markdown's text without its markup, whitespace runs made single spaces.</summary>
    public static string Plain(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? string.Empty : OneLine(Markdown.ToPlainText(markdown));

    /// <summary>The text on one line; cut at the last word that fits in <paramref name="maxLength"/> characters (the ellipsis included).</summary>
    public static string Shorten(string text, int maxLength = DescriptionLength)
    {
        var line = OneLine(text);
        if (line.Length <= maxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', maxLength - 1);

        // One word longer than the whole budget (a URL, a chemical name): cut inside it.
        var end = cut > maxLength / 2 ? cut : maxLength - 1;
        return string.Concat(line.AsSpan(0, end).TrimEnd(" ,;:.-–—".AsSpan()), "…");
    }

    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }
}
