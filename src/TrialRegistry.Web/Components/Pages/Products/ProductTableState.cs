using MudBlazor;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>Turns a MudTable's paging and sorting into the request its tab's query takes.</summary>
public static class ProductTableState
{
    /// <summary>Page sizes of every tab; the first is the default.</summary>
    public static readonly int[] PageSizes = [10, 25, 50];

    /// <summary>Without a sort chosen (the third click on a header clears it), the newest first.</summary>
    public static ProductListRequest ToRequest(TableState state, int productId, int? organizationId)
        => state.SortDirection == SortDirection.None || string.IsNullOrEmpty(state.SortLabel)
            ? new ProductListRequest(productId, organizationId, state.Page, state.PageSize, ProductListRequest.SortDate, Descending: true)
            : new ProductListRequest(productId, organizationId, state.Page, state.PageSize, state.SortLabel, state.SortDirection == SortDirection.Descending);
}
