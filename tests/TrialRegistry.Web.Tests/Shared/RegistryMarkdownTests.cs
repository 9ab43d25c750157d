using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Tests.Shared;

public sealed class RegistryMarkdownTests
{
    [Fact]
    public void Script_in_the_text_comes_out_escaped()
    {
        var html = RegistryMarkdown.ToHtml("Dose <script>alert('x')</script> and <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_html_block_is_text_too()
    {
        var html = RegistryMarkdown.ToHtml("<div onclick=\"steal()\">\n\nhello\n\n</div>");

        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;div onclick=&quot;steal()&quot;&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctgov_lists_and_emphasis_render()
    {
        // The shape of a CT.gov v2 eligibilityCriteria field.
        const string criteria = "Inclusion Criteria:\n\n* Age **18 years** or older\n* Refractory *SLE*\n\nExclusion Criteria:\n\n1. Pregnancy\n2. Active infection";

        var html = RegistryMarkdown.ToHtml(criteria);

        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Age <strong>18 years</strong> or older</li>", html, StringComparison.Ordinal);
        Assert.Contains("<em>SLE</em>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Active infection</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Inclusion Criteria:</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctgov_backslash_escapes_show_the_character()
        => Assert.Contains("eGFR &gt;= 30", RegistryMarkdown.ToHtml("eGFR \\>= 30"), StringComparison.Ordinal);

    [Fact]
    public void Line_breaks_inside_a_paragraph_are_kept()
        => Assert.Contains("1.10^6 CSM / kg<br />", RegistryMarkdown.ToHtml("doses of:\n1.10^6 CSM / kg\n2.10^6 CSM / kg"), StringComparison.Ordinal);

    [Fact]
    public void Web_links_stay_and_script_links_lose_their_address()
    {
        var html = RegistryMarkdown.ToHtml("[protocol](https://example.org/p.pdf) and [click](javascript:alert(1)) and https://example.org/bare");

        Assert.Contains("href=\"https://example.org/p.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/bare\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_become_links()
    {
        var html = RegistryMarkdown.ToHtml("![tracker](https://example.org/pixel.png)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/pixel.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_start_below_the_pages_own_section_headings()
    {
        var html = RegistryMarkdown.ToHtml("# Background\n\ntext\n\n## Aims");

        Assert.Contains("<h3>Background</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Aims</h4>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_text_is_no_html(string? text)
        => Assert.Equal(string.Empty, RegistryMarkdown.ToHtml(text));
}
