using System.Globalization;
using System.Text.Json.Nodes;
using TrialRegistry.Products;
using TrialRegistry.Web.Components.Shared;
using TrialRegistry.Web.Features.Seo;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>What a product page tells search engines and link previews: its description and its schema.org type.</summary>
public static class ProductPageMeta
{
    /// <summary>
    /// The counts the page's tabs show, then the product's own description: "Cell therapy developed by
    /// AP-HP: 3 trials, 2 clinical results, 1 patent, 0 deals. ..." (counts of the chosen organization's
    /// records when the page is filtered by one).
    /// </summary>
    public static string Description(ProductDetailsView product, ProductCounts? counts)
    {
        var developers = product.Developers.Count == 0 ? string.Empty : " developed by " + string.Join(", ", product.Developers.Select(d => d.Name));
        var records = counts is null
            ? string.Empty
            : ": " + string.Join(", ", ProductTabs.All.Select(tab => Counted(counts.Of(tab), tab)));
        var text = MetaText.Plain(product.Description);
        return $"{RegistryText.Type(product.Type)}{developers}{records}." + (text.Length == 0 ? string.Empty : " " + text);
    }

    /// <summary>
    /// schema.org Drug (name, url, description, alternateName, manufacturer = the developers). Devices
    /// and diagnostics are MedicalDevice and procedures MedicalProcedure: calling them drugs would be
    /// wrong data, and those types have no manufacturer.
    /// </summary>
    public static JsonObject StructuredData(ProductDetailsView product, string siteRoot)
    {
        var type = product.Type switch
        {
            ProductType.Device or ProductType.Diagnostic => "MedicalDevice",
            ProductType.Procedure => "MedicalProcedure",
            _ => "Drug",
        };
        var data = JsonLd.Thing(type)
            .With("name", product.Name)
            .With("url", $"{siteRoot}/products/{product.Id}")
            .With("description", MetaText.Plain(product.Description))
            .With("alternateName", JsonLd.ArrayOf(product.Aliases.Select(alias => (JsonNode?)alias)));
        return type == "Drug"
            ? data.With("manufacturer", JsonLd.ArrayOf(product.Developers.Select(d => (JsonNode?)JsonLd.Node("Organization", d.Name)
                .With("url", $"{siteRoot}/organizations/{d.Id}"))))
            : data;
    }

    private static string Counted(int count, ProductTab tab)
    {
        var (one, many) = tab switch
        {
            ProductTab.Trials => ("trial", "trials"),
            ProductTab.ClinicalResults => ("clinical result", "clinical results"),
            ProductTab.Translational => ("translational study", "translational studies"),
            ProductTab.Patents => ("patent", "patents"),
            _ => ("deal", "deals"),
        };
        return $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
    }
}
