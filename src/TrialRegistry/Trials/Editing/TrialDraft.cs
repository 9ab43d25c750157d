using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialRegistry.Trials.Editing;

/// <summary>
/// The editing form of a trial: every module an investigator may change, as plain, mutable,
/// JSON-serializable values. Property names and paths are those of <see cref="Trial"/>, so a
/// <see cref="Validation.ValidationProblem.Field"/> such as "StartDate", "Eligibility.MinimumAge" or
/// "Arms[2].Label" names the draft field to show the message next to. Serialized with
/// <see cref="JsonOptions"/> it is also the snapshot a <see cref="TrialVersion"/> stores.
/// </summary>
public sealed class TrialDraft
{
    /// <summary>Options for snapshots and comparisons: enums as names, stable property order.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    /// <summary>Null for a trial not saved yet; read-only in the editor (imported identifiers are kept).</summary>
    public string? RegistryId { get; set; }

    /// <summary>
    /// The trial's concurrency token (PostgreSQL xmin) when the edit began. Not part of the record:
    /// left out of snapshots and comparisons.
    /// </summary>
    [JsonIgnore]
    public uint Version { get; set; }

    // Identification
    public string? OrgStudyId { get; set; }

    public string BriefTitle { get; set; } = string.Empty;

    public string? OfficialTitle { get; set; }

    public string? Acronym { get; set; }

    public List<SecondaryIdDraft> SecondaryIds { get; set; } = [];

    // Status and dates
    public OverallStatus OverallStatus { get; set; } = OverallStatus.NotYetRecruiting;

    public OverallStatus? LastKnownStatus { get; set; }

    public string? WhyStopped { get; set; }

    /// <summary>Month precision ("2021-06"); no actual/estimated flag.</summary>
    public DateDraft StatusVerifiedDate { get; set; } = new();

    public DateDraft StartDate { get; set; } = new();

    public DateDraft PrimaryCompletionDate { get; set; } = new();

    public DateDraft CompletionDate { get; set; } = new();

    // Sponsor and collaborators
    public OrganizationDraft LeadSponsor { get; set; } = new();

    public List<OrganizationDraft> Collaborators { get; set; } = [];

    public ResponsiblePartyType? ResponsiblePartyType { get; set; }

    public string? ResponsibleInvestigator { get; set; }

    // Description
    public string? BriefSummary { get; set; }

    public string? DetailedDescription { get; set; }

    // Conditions and keywords (names; conditions are matched to the shared condition rows on save)
    public List<string> Conditions { get; set; } = [];

    public List<string> Keywords { get; set; } = [];

    // Design
    public StudyType StudyType { get; set; } = StudyType.Interventional;

    public List<Phase> Phases { get; set; } = [];

    public TrialDesign Design { get; set; } = new();

    public int? EnrollmentCount { get; set; }

    public EnrollmentType? EnrollmentType { get; set; }

    // Arms and interventions
    public List<ArmDraft> Arms { get; set; } = [];

    public List<InterventionDraft> Interventions { get; set; } = [];

    /// <summary>Primary, secondary and other outcomes in one list (ordered by kind), as on <see cref="Trial.Outcomes"/>.</summary>
    public List<OutcomeDraft> Outcomes { get; set; } = [];

    public TrialEligibility Eligibility { get; set; } = new();

    // Contacts and locations
    /// <summary>Central contacts and overall officials in one list (ordered by kind), as on <see cref="Trial.Contacts"/>.</summary>
    public List<ContactDraft> Contacts { get; set; } = [];

    public List<LocationDraft> Locations { get; set; } = [];

    /// <summary>The record as JSON (without the concurrency token): snapshots and comparisons.</summary>
    public JsonDocument ToJson() => JsonSerializer.SerializeToDocument(this, JsonOptions);

    /// <summary>A deep copy, concurrency token included.</summary>
    public TrialDraft Clone()
    {
        var copy = JsonSerializer.Deserialize<TrialDraft>(JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions), JsonOptions)!;
        copy.Version = Version;
        return copy;
    }

    /// <summary>Reads a snapshot written by <see cref="ToJson"/>.</summary>
    public static TrialDraft FromJson(JsonDocument snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Deserialize<TrialDraft>(JsonOptions) ?? throw new JsonException("The snapshot is empty.");
    }
}

/// <summary>
/// A registry date as typed: "2019", "2019-09" or "2019-09-11", plus actual/estimated. Kept as text
/// so a wrong date can be shown back with its message instead of being lost.
/// </summary>
public sealed class DateDraft
{
    public string? Text { get; set; }

    public DateType? Type { get; set; }

    public static DateDraft From(RegistryDate? date) => new() { Text = date?.ToString(), Type = date?.Type };
}

/// <summary>An organization by id (when it is a known row) and name; a new name creates the organization on save.</summary>
public sealed class OrganizationDraft
{
    public int? Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class SecondaryIdDraft
{
    public string Value { get; set; } = string.Empty;

    public SecondaryIdType Type { get; set; } = SecondaryIdType.Other;

    public string? Domain { get; set; }

    public string? Link { get; set; }
}

public sealed class ArmDraft
{
    public string Label { get; set; } = string.Empty;

    public ArmGroupType? Type { get; set; }

    public string? Description { get; set; }

    /// <summary>"Type: Name" of the interventions given in this arm, as CT.gov lists them.</summary>
    public List<string> InterventionNames { get; set; } = [];
}

public sealed class InterventionDraft
{
    public InterventionType Type { get; set; } = InterventionType.Drug;

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public List<string> OtherNames { get; set; } = [];

    /// <summary>Labels of the arms that receive this intervention.</summary>
    public List<string> ArmGroupLabels { get; set; } = [];

    /// <summary>The product this intervention is, when linked.</summary>
    public int? ProductId { get; set; }

    /// <summary>The linked product's name, for display; not written back.</summary>
    public string? ProductName { get; set; }
}

public sealed class OutcomeDraft
{
    public OutcomeKind Kind { get; set; } = OutcomeKind.Primary;

    public string Measure { get; set; } = string.Empty;

    public string? TimeFrame { get; set; }

    public string? Description { get; set; }
}

public sealed class ContactDraft
{
    public TrialContactKind Kind { get; set; } = TrialContactKind.Central;

    public string Name { get; set; } = string.Empty;

    public ContactRole? Role { get; set; }

    public string? Affiliation { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

public sealed class LocationDraft
{
    public string? Facility { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? Country { get; set; }

    public RecruitmentStatus? Status { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}
