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

    public static string NewHref(int productId, RecordKind kind) => $"/products/{productId}/records/{Slug(kind)}/new";

    public static string EditHref(int productId, RecordKind kind, int id) => $"/products/{productId}/records/{Slug(kind)}/{id}/edit";

    public static string ProductHref(int productId, RecordKind kind) => $"/products/{productId}?tab={ProductTabs.Key(Tab(kind))}";

    public static RecordKind Of(LinkedRecordDraft draft) => draft switch
    {
        ClinicalResultDraft => RecordKind.ClinicalResults,
        TranslationalStudyDraft => RecordKind.Translational,
        PatentDraft => RecordKind.Patents,
        _ => RecordKind.Deals,
    };
}
