namespace TrialRegistry.Import.CtGov;

/// <summary>
/// The column names of the ClinicalTrials.gov CSV download as the current website exports it
/// (v2 enum names as values, "|" between values, ISO partial dates).
/// </summary>
public static class CurrentCsvColumns
{
    public const string NctNumber = "NCT Number";
    public const string StudyTitle = "Study Title";
    public const string StudyUrl = "Study URL";
    public const string Acronym = "Acronym";
    public const string StudyStatus = "Study Status";
    public const string BriefSummary = "Brief Summary";
    public const string StudyResults = "Study Results";
    public const string Conditions = "Conditions";
    public const string Interventions = "Interventions";
    public const string PrimaryOutcomeMeasures = "Primary Outcome Measures";
    public const string SecondaryOutcomeMeasures = "Secondary Outcome Measures";
    public const string OtherOutcomeMeasures = "Other Outcome Measures";
    public const string Sponsor = "Sponsor";
    public const string Collaborators = "Collaborators";
    public const string Sex = "Sex";
    public const string Age = "Age";
    public const string Phases = "Phases";
    public const string Enrollment = "Enrollment";
    public const string FunderType = "Funder Type";
    public const string StudyType = "Study Type";
    public const string StudyDesign = "Study Design";
    public const string OtherIds = "Other IDs";
    public const string StartDate = "Start Date";
    public const string PrimaryCompletionDate = "Primary Completion Date";
    public const string CompletionDate = "Completion Date";
    public const string FirstPosted = "First Posted";
    public const string ResultsFirstPosted = "Results First Posted";
    public const string LastUpdatePosted = "Last Update Posted";
    public const string Locations = "Locations";
    public const string StudyDocuments = "Study Documents";

    /// <summary>The columns without which a row cannot become a trial (users may pick the other columns).</summary>
    public static IReadOnlyList<string> Required { get; } = [NctNumber, StudyTitle];
}
