namespace TrialRegistry.Web.Features.Seo;

/// <summary>The kinds of public record pages the sitemaps list, each in its own numbered files.</summary>
public enum SitemapKind
{
    Trials,
    Products,
    Organizations,
    Conditions,
}

public static class SitemapKinds
{
    public static IReadOnlyList<SitemapKind> All { get; } = Enum.GetValues<SitemapKind>();

    /// <summary>"trials": the file names' prefix (/sitemaps/trials-1.xml) and the pages' first segment (/trials/...).</summary>
    public static string Slug(this SitemapKind kind) => kind switch
    {
        SitemapKind.Trials => "trials",
        SitemapKind.Products => "products",
        SitemapKind.Organizations => "organizations",
        SitemapKind.Conditions => "conditions",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The path of the kind's k-th sitemap file, as the index lists it and the endpoints route it.</summary>
    public static string FilePath(this SitemapKind kind, int page) => $"/sitemaps/{kind.Slug()}-{page}.xml";
}
