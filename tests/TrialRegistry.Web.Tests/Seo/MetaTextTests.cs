using TrialRegistry.Web.Features.Seo;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>Meta descriptions: plain text on one line, cut near 160 characters at a word boundary.</summary>
public sealed class MetaTextTests
{
    [Fact]
    public void A_long_text_is_cut_at_the_last_word_that_fits_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("mesenchymal", 30));

        var shortened = MetaText.Shorten(text);

        Assert.True(shortened.Length <= MetaText.DescriptionLength, $"{shortened.Length} characters");
        Assert.EndsWith("mesenchymal…", shortened, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_text_is_kept_whole_on_one_line()
        => Assert.Equal("Stem cells for lupus.", MetaText.Shorten("  Stem cells\n\nfor   lupus. "));

    [Fact]
    public void Markdown_loses_its_markup()
        => Assert.Equal("A bold claim: one item two items", MetaText.Plain("A **bold** claim:\n\n* one item\n* two items"));
}
