using TrialRegistry.Web.Components.Pages.Products;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Tests.Shared;

/// <summary>The readers' static pages keep their whole view in the URL: these build and read it.</summary>
public sealed class BrowseUrlTests
{
    [Fact]
    public void Unset_parameters_are_left_out_and_values_are_escaped()
        => Assert.Equal("/products?q=uc%20msc&page=2", BrowseUrl.To("/products", ("q", "uc msc"), ("type", null), ("sort", string.Empty), ("page", 2)));

    [Fact]
    public void A_path_without_parameters_stays_short()
        => Assert.Equal("/products/12", BrowseUrl.To("/products/12", ("tab", null)));

    [Fact]
    public void A_header_sorts_its_column_in_its_first_direction_then_the_other_way_round()
    {
        var byDate = new BrowseSort("date", Descending: true);

        var byTitle = byDate.Toggled("title", firstDescending: false);
        Assert.Equal(new BrowseSort("title", false), byTitle);
        Assert.Equal(new BrowseSort("title", true), byTitle.Toggled("title", firstDescending: false));
    }

    [Theory]
    [InlineData(null, null, "date", true)]
    [InlineData("title", "asc", "title", false)]
    [InlineData("title", "desc", "title", true)]
    [InlineData("title", null, "title", false)]
    [InlineData("date", null, "date", true)]
    [InlineData("no-such-column", "asc", "date", true)]
    public void The_url_order_falls_back_to_the_default_for_columns_it_does_not_know(string? sort, string? direction, string key, bool descending)
        => Assert.Equal(new BrowseSort(key, descending), BrowseSort.Parse(sort, direction, ["date", "title"], new BrowseSort("date", true)));

    [Fact]
    public void A_product_table_state_ignores_page_sizes_it_does_not_offer_and_pages_before_the_first()
    {
        var state = ProductTableState.FromQuery(page: 0, size: 1000, sort: null, direction: null);

        Assert.Equal(ProductTableState.Default, state);
        Assert.Equal(new ProductListRequest(7, null, 0, 10, ProductListRequest.SortDate, Descending: true), state.ToRequest(7, null));
    }

    [Fact]
    public void Product_table_links_keep_the_organization_and_the_tab_and_start_a_new_order_at_page_1()
    {
        var view = new ProductTableView(7, 12, ProductTab.ClinicalResults, ProductTableState.FromQuery(3, 25, null, null));

        Assert.Equal("/products/7?org=12&tab=results&page=4&size=25", view.PageHref(4));
        Assert.Equal("/products/7?org=12&tab=results&sort=title&dir=asc&size=25", view.SortHref(new BrowseSort("title", false)));
        Assert.Equal("/products/7", (view with { OrganizationId = null, Tab = ProductTab.Trials }).Href(ProductTableState.Default));
        Assert.Equal(
            [("org", "12"), ("tab", "results"), ("sort", null), ("dir", null), ("page", null), ("size", null)],
            view.HiddenForPageSize());
    }
}
