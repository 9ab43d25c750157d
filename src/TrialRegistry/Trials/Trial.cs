using System.Text.Json;
using TrialRegistry.Organizations;

namespace TrialRegistry.Trials;

/// <summary>
/// A registered clinical study: the registry record (CT.gov protocol section) plus what the
/// registry needs around it (source record, search text, audit fields).
/// </summary>
public class Trial
{
    public int Id { get; set; }

    /// <summary>NCT + 8 digits for ClinicalTrials.gov records; the registry's own prefix otherwise.</summary>
    public required string RegistryId { get; set; }

    public string? OrgStudyId { get; set; }

    public required string BriefTitle { get; set; }

    public string? OfficialTitle { get; set; }

    public string? Acronym { get; set; }

    public OverallStatus OverallStatus { get; set; }

    /// <summary>Set when <see cref="OverallStatus"/> is UNKNOWN: the status last reported by the sponsor.</summary>
    public OverallStatus? LastKnownStatus { get; set; }

    public string? WhyStopped { get; set; }

    public StudyType StudyType { get; set; }

    /// <summary>A set: "Phase 1/Phase 2" is [Phase1, Phase2]; empty when the registry gives none.</summary>
    public List<Phase> Phases { get; set; } = [];

    public TrialDesign Design { get; set; } = new();

    public int? EnrollmentCount { get; set; }

    public EnrollmentType? EnrollmentType { get; set; }

    public RegistryDate? StartDate { get; set; }

    public RegistryDate? PrimaryCompletionDate { get; set; }

    public RegistryDate? CompletionDate { get; set; }

    public RegistryDate? StudyFirstPostDate { get; set; }

    public RegistryDate? ResultsFirstPostDate { get; set; }

    public RegistryDate? LastUpdatePostDate { get; set; }

    /// <summary>Month precision in CT.gov ("2021-06").</summary>
    public RegistryDate? StatusVerifiedDate { get; set; }

    public DateOnly? StudyFirstSubmitDate { get; set; }

    public DateOnly? LastUpdateSubmitDate { get; set; }

    public string? BriefSummary { get; set; }

    public string? DetailedDescription { get; set; }

    public TrialEligibility Eligibility { get; set; } = new();

    public List<string> Keywords { get; set; } = [];

    public bool IsInvestigatorInitiated { get; set; }

    public bool HasResults { get; set; }

    public ResponsiblePartyType? ResponsiblePartyType { get; set; }

    public string? ResponsibleInvestigator { get; set; }

    public int LeadSponsorId { get; set; }

    public Organization LeadSponsor { get; set; } = null!;

    public List<TrialCollaborator> Collaborators { get; set; } = [];

    public List<TrialSecondaryId> SecondaryIds { get; set; } = [];

    public List<TrialCondition> Conditions { get; set; } = [];

    public List<Arm> Arms { get; set; } = [];

    public List<Intervention> Interventions { get; set; } = [];

    public List<Outcome> Outcomes { get; set; } = [];

    public List<Location> Locations { get; set; } = [];

    public List<TrialContact> Contacts { get; set; } = [];

    /// <summary>
    /// Conditions, intervention names and keywords flattened into one text so that the database's
    /// generated, weighted search vector can index them (see TrialConfiguration). Refreshed by
    /// <see cref="RefreshDerivedFields"/> whenever those lists change.
    /// </summary>
    public string SearchTerms { get; set; } = string.Empty;

    /// <summary>Distinct countries of the locations, for the country filter and facet (derived).</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>Distinct intervention types, for the intervention-type filter and facet (derived).</summary>
    public List<InterventionType> InterventionTypes { get; set; } = [];

    /// <summary>Where the record came from: "ctgov-v2-json", "ctgov-classic-csv", "registry", ...</summary>
    public required string Source { get; set; }

    /// <summary>The record exactly as it was imported (nothing we do not model yet is lost).</summary>
    public JsonDocument? SourceRecord { get; set; }

    /// <summary>Hash of the imported source record: re-importing an unchanged record is a no-op.</summary>
    public string? SourceHash { get; set; }

    /// <summary>True for demo records made up by the generator (never for real registry records).</summary>
    public bool IsSynthetic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL xmin: the optimistic-concurrency token.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Recomputes the denormalized fields the search reads from the trial row alone (search terms,
    /// countries, intervention types). Call after changing conditions, interventions, keywords or
    /// locations; the importer and the editor do.
    /// </summary>
    public void RefreshDerivedFields()
    {
        var terms = Conditions.Select(c => c.Condition?.Name)
            .Concat(Conditions.Select(c => c.Condition?.MeshTerm))
            .Concat(Interventions.SelectMany(i => i.OtherNames.Prepend(i.Name)))
            .Concat(Keywords)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        SearchTerms = string.Join(" | ", terms);
        Countries = Locations.Select(l => l.Country?.Trim())
            .Where(c => !string.IsNullOrEmpty(c))
            .Select(c => c!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        InterventionTypes = Interventions.Select(i => i.Type).Distinct().Order().ToList();
    }
}
