using System.Globalization;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Trials.Record;

/// <summary>
/// Labels of the trial record page where ClinicalTrials.gov's wording differs from the enum's words
/// ("N/A", "Single Group Assignment", "None (Open Label)"); everything else reads as RegistryText.Words.
/// </summary>
public static class RecordText
{
    public static string Purpose(PrimaryPurpose purpose) => purpose switch
    {
        PrimaryPurpose.Ect => "Educational/counseling/training",
        _ => RegistryText.Words(purpose),
    };

    public static string Allocation(DesignAllocation allocation) => allocation switch
    {
        DesignAllocation.NA => "Not applicable",
        DesignAllocation.NonRandomized => "Non-randomized",
        _ => RegistryText.Words(allocation),
    };

    public static string Model(InterventionalAssignment model) => RegistryText.Words(model) + " assignment";

    public static string Masking(DesignMasking masking) => masking switch
    {
        DesignMasking.None => "None (open label)",
        _ => RegistryText.Words(masking),
    };

    public static string Model(ObservationalModel model) => model switch
    {
        ObservationalModel.CaseControl => "Case-control",
        ObservationalModel.CaseOnly => "Case-only",
        ObservationalModel.CaseCrossover => "Case-crossover",
        _ => RegistryText.Words(model),
    };

    public static string Perspective(TimePerspective perspective) => perspective switch
    {
        TimePerspective.CrossSectional => "Cross-sectional",
        _ => RegistryText.Words(perspective),
    };

    public static string ResponsibleParty(ResponsiblePartyType type) => type switch
    {
        ResponsiblePartyType.SponsorInvestigator => "Sponsor-investigator",
        _ => RegistryText.Words(type),
    };

    public static string Sex(Sex sex) => sex switch
    {
        global::TrialRegistry.Trials.Sex.All => "All",
        _ => RegistryText.Words(sex),
    };

    public static string Source(ClinicalResultSource source) => RegistryText.Words(source);

    public static string Kind(TranslationalStudyKind kind) => kind switch
    {
        TranslationalStudyKind.InVitro => "In vitro",
        TranslationalStudyKind.InVivo => "In vivo",
        TranslationalStudyKind.ExVivo => "Ex vivo",
        _ => RegistryText.Words(kind),
    };

    public static string Type(DealType type) => type switch
    {
        DealType.CoDevelopment => "Co-development",
        _ => RegistryText.Words(type),
    };

    public static string Type(PatentType type) => type switch
    {
        PatentType.NewUse => "New use",
        _ => RegistryText.Words(type),
    };

    public static string Class(OrganizationClass organizationClass) => organizationClass switch
    {
        OrganizationClass.Other => "Other (academic, hospital…)",
        _ => RegistryText.Class(organizationClass),
    };

    /// <summary>"EUR 1,200,000"; null when no value was announced.</summary>
    public static string? Money(decimal? value, string? currency)
        => value is { } amount
            ? string.IsNullOrWhiteSpace(currency)
                ? amount.ToString("N0", CultureInfo.InvariantCulture)
                : $"{currency} {amount.ToString("N0", CultureInfo.InvariantCulture)}"
            : null;

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Where the record came from, in words ("ctgov-v2-json" → ClinicalTrials.gov API v2 JSON).</summary>
    public static string RecordSource(string source) => source switch
    {
        "ctgov-v2-json" => "ClinicalTrials.gov API v2 JSON",
        "ctgov-classic-csv" => "ClinicalTrials.gov CSV download",
        "ctgov-classic-xml" or "ctgov-legacy-xml" => "ClinicalTrials.gov legacy XML",
        "who-ictrp-xml" => "WHO ICTRP XML",
        "registry" => "Registered here",
        _ => source,
    };

    public static string Count(int count, string one, string many)
        => count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
