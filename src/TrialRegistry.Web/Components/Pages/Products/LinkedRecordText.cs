using System.Globalization;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>How linked-record values read in the product page's lists.</summary>
public static class LinkedRecordText
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Source(ClinicalResultSource source) => source switch
    {
        ClinicalResultSource.RegistryResults => "Registry results",
        _ => RegistryText.Words(source),
    };

    public static string Kind(TranslationalStudyKind kind) => RegistryText.Words(kind);

    public static MudBlazor.Color Color(PatentLegalStatus status) => status switch
    {
        PatentLegalStatus.Granted => MudBlazor.Color.Success,
        PatentLegalStatus.Pending => MudBlazor.Color.Info,
        PatentLegalStatus.Revoked or PatentLegalStatus.Withdrawn => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>The record's PubMed page; null when it has no PubMed id.</summary>
    public static string? PubMedUrl(string? pubMedId)
        => TrialRegistry.LinkedRecords.Editing.PubMedId.Normalize(pubMedId) is { } id ? TrialRegistry.LinkedRecords.Editing.PubMedId.Link(id) : null;

    /// <summary>Where a DOI resolves; null when there is none.</summary>
    public static string? DoiUrl(string? doi)
        => string.IsNullOrWhiteSpace(doi) ? null : "https://doi.org/" + Uri.EscapeDataString(doi.Trim()).Replace("%2F", "/", StringComparison.Ordinal);
}
