namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>The tabs of a product page, in their order; also the kinds of record the page counts.</summary>
public enum ProductTab
{
    Trials,
    ClinicalResults,
    Translational,
    Patents,
    Deals,
}

/// <summary>How a tab reads on screen and in the URL (?tab=patents).</summary>
public static class ProductTabs
{
    public static IReadOnlyList<ProductTab> All { get; } = Enum.GetValues<ProductTab>();

    public static string Key(ProductTab tab) => tab switch
    {
        ProductTab.Trials => "trials",
        ProductTab.ClinicalResults => "results",
        ProductTab.Translational => "translational",
        ProductTab.Patents => "patents",
        ProductTab.Deals => "deals",
        _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, null),
    };

    /// <summary>The tab a URL names; the trials tab when it names none or one that does not exist.</summary>
    public static ProductTab FromKey(string? key)
        => All.FirstOrDefault(tab => string.Equals(Key(tab), key?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Title(ProductTab tab) => tab switch
    {
        ProductTab.Trials => "Clinical trials",
        ProductTab.ClinicalResults => "Clinical results",
        ProductTab.Translational => "Translational medicine",
        ProductTab.Patents => "Patents",
        ProductTab.Deals => "Deals",
        _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, null),
    };
}
