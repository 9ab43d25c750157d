namespace TrialRegistry.Import.Ictrp;

/// <summary>Element names of a WHO ICTRP portal export &lt;Trial&gt;, spelled as WHO emits them.</summary>
public static class IctrpFields
{
    public const string Root = "Trials_downloaded_from_ICTRP";
    public const string Trial = "Trial";
    public const string ExportDate = "Export_date";
    public const string TrialId = "TrialID";
    public const string SecondaryIds = "Secondary_ID";
    public const string PublicTitle = "Public_title";
    public const string ScientificTitle = "Scientific_title";
    public const string Acronym = "Acronym";
    public const string PrimarySponsor = "Primary_sponsor";
    public const string SecondarySponsor = "Secondary_Sponsor";
    public const string SourceSupport = "Source_Support";
    public const string SourceRegister = "Source_Register";
    public const string RecruitmentStatus = "Recruitment_Status";
    public const string DateRegistration = "Date_registration";
    public const string DateEnrollment = "Date_enrollement";
    public const string TargetSize = "Target_size";
    public const string StudyType = "Study_type";
    public const string StudyDesign = "Study_design";
    public const string Phase = "Phase";
    public const string Countries = "Countries";
    public const string Condition = "Condition";
    public const string Intervention = "Intervention";
    public const string InclusionCriteria = "Inclusion_Criteria";
    public const string ExclusionCriteria = "Exclusion_Criteria";
    public const string AgeMin = "Inclusion_agemin";
    public const string AgeMax = "Inclusion_agemax";
    public const string Gender = "Inclusion_gender";
    public const string PrimaryOutcome = "Primary_outcome";
    public const string SecondaryOutcome = "Secondary_outcome";
    public const string ContactFirstname = "Contact_Firstname";
    public const string ContactLastname = "Contact_Lastname";
    public const string ContactEmail = "Contact_Email";
    public const string ContactTel = "Contact_Tel";
    public const string ContactAffiliation = "Contact_Affiliation";
    public const string ResultsYesNo = "results_yes_no";
    public const string ResultsDatePosted = "results_date_posted";
    public const string ResultsDateCompleted = "results_date_completed";
    public const string BridgingFlag = "Bridging_flag";
    public const string BridgedType = "Bridged_type";
}
