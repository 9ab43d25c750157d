using TrialRegistry.LinkedRecords.Editing;

namespace TrialRegistry.Web.Components.Pages.Products.Records;

/// <summary>The kinds of linked record an editor page handles, as the URL names them (/records/patents/new).</summary>
public enum RecordKind
{
    ClinicalResults,
    Translational,
    Patents,
    Deals,
}

public static class RecordKinds
{
    public static RecordKind? FromSlug(string? slug) => slug switch
    {
        "clinical-results" => RecordKind.ClinicalResults,
        "translational" => RecordKind.Translational,
        "patents" => RecordKind.Patents,
        "deals" => RecordKind.Deals,
        _ => null,
    };

    public static string Slug(RecordKind kind) => kind switch
    {
        RecordKind.ClinicalResults => "clinical-results",
        RecordKind.Translational => "translational",
        RecordKind.Patents => "patents",
        _ => "deals",
    };

    /// <summary>"a patent", for headings: "Add a patent to …".</summary>
    public static string Noun(RecordKind kind) => kind switch
    {
        RecordKind.ClinicalResults => "clinical result",
        RecordKind.Translational => "translational study",
        RecordKind.Patents => "patent",
        _ => "deal",
    };

    /// <summary>The product page's tab that lists this kind.</summary>
    public static ProductTab Tab(RecordKind kind) => kind switch
    {
        RecordKind.ClinicalResults => ProductTab.ClinicalResults,
        RecordKind.Translational => ProductTab.Translational,
        RecordKind.Patents => ProductTab.Patents,
        _ => ProductTab.Deals,
    };

    /// <summary>The kind of record a product tab lists; null for the trials tab.</summary>
    public static RecordKind? FromTab(ProductTab tab) => tab switch
    {
        ProductTab.ClinicalResults => RecordKind.ClinicalResults,
        ProductTab.Translational => RecordKind.Translational,
        ProductTab.Patents => RecordKind.Patents,
        ProductTab.Deals => RecordKind.Deals,
        _ => null,
    };

    public static string NewHref(int productId, RecordKind kind) => $"/products/{productId}/records/{Slug(kind)}/new";

    public static string EditHref(int productId, RecordKind kind, int id) => $"/products/{productId}/records/{Slug(kind)}/{id}/edit";

    public static string ProductHref(int productId, RecordKind kind) => $"/products/{productId}?tab={ProductTabs.Key(Tab(kind))}";

    /// <summary>Where an editor goes after a save: the tab that lists the record, saying "Added the patent." (?saved=added) or "Saved the patent." (?saved=edited).</summary>
    public static string SavedHref(int productId, RecordKind kind, bool added)
        => $"{ProductHref(productId, kind)}&saved={(added ? SavedAdded : SavedEdited)}";

    /// <summary>What the product page says for its ?saved= value on a tab; null when the pair means nothing.</summary>
    public static string? SavedMessage(string? saved, ProductTab tab) => (saved, FromTab(tab)) switch
    {
        (SavedAdded, { } kind) => $"Added the {Noun(kind)}.",
        (SavedEdited, { } kind) => $"Saved the {Noun(kind)}.",
        _ => null,
    };

    private const string SavedAdded = "added";
    private const string SavedEdited = "edited";

    public static RecordKind Of(LinkedRecordDraft draft) => draft switch
    {
        ClinicalResultDraft => RecordKind.ClinicalResults,
        TranslationalStudyDraft => RecordKind.Translational,
        PatentDraft => RecordKind.Patents,
        _ => RecordKind.Deals,
    };
}
