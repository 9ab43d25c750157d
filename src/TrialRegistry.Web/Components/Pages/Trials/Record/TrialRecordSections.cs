namespace TrialRegistry.Web.Components.Pages.Trials.Record;

/// <summary>A section of the trial record page: the target of the in-page navigation.</summary>
public sealed record TrialRecordSection(string Id, string Title);

/// <summary>
/// The sections of the trial record page, in page order (ClinicalTrials.gov's record page order,
/// with the registry's linked records last). Ids are stable: people bookmark /trials/NCT…#eligibility.
/// </summary>
public static class TrialRecordSections
{
    public static readonly TrialRecordSection Overview = new("overview", "Study overview");
    public static readonly TrialRecordSection Identification = new("identification", "Identification");
    public static readonly TrialRecordSection Status = new("status", "Status and dates");
    public static readonly TrialRecordSection Sponsor = new("sponsor", "Sponsor and collaborators");
    public static readonly TrialRecordSection Conditions = new("conditions", "Conditions and keywords");
    public static readonly TrialRecordSection Design = new("design", "Study design");
    public static readonly TrialRecordSection ArmsInterventions = new("arms-interventions", "Arms and interventions");
    public static readonly TrialRecordSection Outcomes = new("outcomes", "Outcome measures");
    public static readonly TrialRecordSection Eligibility = new("eligibility", "Eligibility");
    public static readonly TrialRecordSection ContactsLocations = new("contacts-locations", "Contacts and locations");
    public static readonly TrialRecordSection Linked = new("linked-records", "Linked records");

    public static IReadOnlyList<TrialRecordSection> All { get; } =
    [
        Overview, Identification, Status, Sponsor, Conditions, Design, ArmsInterventions, Outcomes, Eligibility, ContactsLocations, Linked,
    ];
}
