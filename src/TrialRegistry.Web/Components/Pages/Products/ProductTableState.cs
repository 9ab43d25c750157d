using System.Globalization;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>
/// The page, page size and order of the product page's shown tab, as its URL says them
/// (?page=2&amp;size=25&amp;sort=title&amp;dir=asc). <see cref="Page"/> counts from 1.
/// </summary>
public sealed record ProductTableState(int Page, int PageSize, BrowseSort Sort)
{
    /// <summary>Page sizes of every tab; the first is the default.</summary>
    public static readonly int[] PageSizes = [10, 25, 50];

    /// <summary>Without an order in the URL: the newest first.</summary>
    public static readonly BrowseSort DefaultSort = new(ProductListRequest.SortDate, Descending: true);

    public static readonly ProductTableState Default = new(1, PageSizes[0], DefaultSort);

    private static readonly string[] SortKeys =
    [
        ProductListRequest.SortDate, ProductListRequest.SortTitle, ProductListRequest.SortIdentifier,
        ProductListRequest.SortStatus, ProductListRequest.SortType, ProductListRequest.SortValue,
    ];

    /// <summary>The state the URL asks for; what it gets wrong (a page size not offered, page 0) falls back to the default.</summary>
    public static ProductTableState FromQuery(int? page, int? size, string? sort, string? direction)
        => new(
            Math.Max(1, page ?? 1),
            size is { } asked && PageSizes.Contains(asked) ? asked : PageSizes[0],
            BrowseSort.Parse(sort, direction, SortKeys, DefaultSort));

    public ProductListRequest ToRequest(int productId, int? organizationId)
        => new(productId, organizationId, Page - 1, PageSize, Sort.Key, Sort.Descending);
}

/// <summary>
/// Which table the product page shows and how: product, organization filter, tab and table state. Makes
/// the links of the tab's sort headers, pager and page-size form, which keep everything else.
/// </summary>
public sealed record ProductTableView(int ProductId, int? OrganizationId, ProductTab Tab, ProductTableState State)
{
    public string Path => $"/products/{ProductId}";

    /// <summary>The URL's ?tab= (none for the first tab).</summary>
    public string? TabKey => Tab == ProductTab.Trials ? null : ProductTabs.Key(Tab);

    public string Href(ProductTableState state)
        => BrowseUrl.To(Path, [("org", OrganizationId), ("tab", TabKey), .. QueryOf(state)]);

    /// <summary>Another order starts again at page 1.</summary>
    public string SortHref(BrowseSort sort) => Href(State with { Page = 1, Sort = sort });

    public string PageHref(int page) => Href(State with { Page = page });

    /// <summary>What the page-size form carries over: everything but the size (and the page, which starts again).</summary>
    public IReadOnlyList<(string Name, string? Value)> HiddenForPageSize()
        => [("org", OrganizationId?.ToString(CultureInfo.InvariantCulture)), ("tab", TabKey),
            .. QueryOf(State with { Page = 1, PageSize = ProductTableState.PageSizes[0] }).Select(p => (p.Name, p.Value is null ? null : Convert.ToString(p.Value, CultureInfo.InvariantCulture)))];

    private static (string Name, object? Value)[] QueryOf(ProductTableState state)
        => [
            ("sort", state.Sort == ProductTableState.DefaultSort ? null : state.Sort.Key),
            ("dir", state.Sort == ProductTableState.DefaultSort ? null : state.Sort.Direction),
            ("page", state.Page > 1 ? state.Page : null),
            ("size", state.PageSize != ProductTableState.PageSizes[0] ? state.PageSize : null),
        ];
}
