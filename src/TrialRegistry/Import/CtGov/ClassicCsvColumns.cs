namespace TrialRegistry.Import.CtGov;

/// <summary>The column names of the classic ClinicalTrials.gov CSV download (27 columns, "|" between values).</summary>
public static class ClassicCsvColumns
{
    public const string Rank = "Rank";
    public const string NctNumber = "NCT Number";
    public const string Title = "Title";
    public const string Acronym = "Acronym";
    public const string Status = "Status";
    public const string StudyResults = "Study Results";
    public const string Conditions = "Conditions";
    public const string Interventions = "Interventions";
    public const string OutcomeMeasures = "Outcome Measures";
    public const string SponsorCollaborators = "Sponsor/Collaborators";
    public const string Gender = "Gender";
    public const string Age = "Age";
    public const string Phases = "Phases";
    public const string Enrollment = "Enrollment";
    public const string FundedBys = "Funded Bys";
    public const string StudyType = "Study Type";
    public const string StudyDesigns = "Study Designs";
    public const string OtherIds = "Other IDs";
    public const string StartDate = "Start Date";
    public const string PrimaryCompletionDate = "Primary Completion Date";
    public const string CompletionDate = "Completion Date";
    public const string FirstPosted = "First Posted";
    public const string ResultsFirstPosted = "Results First Posted";
    public const string LastUpdatePosted = "Last Update Posted";
    public const string Locations = "Locations";
    public const string StudyDocuments = "Study Documents";
    public const string Url = "URL";

    public static IReadOnlyList<string> Required { get; } = [NctNumber, Title];
}
