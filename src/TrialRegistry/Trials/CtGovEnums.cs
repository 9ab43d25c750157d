namespace TrialRegistry.Trials;

// The enumerations of the ClinicalTrials.gov API v2 (reference/ctg-oas-v2.yaml). Member names are the
// PascalCase form of the API values; CtGovNames converts both ways, and the database stores the API
// value itself (e.g. "ACTIVE_NOT_RECRUITING") so SQL, exports and the API read the same words.

public enum OverallStatus
{
    ActiveNotRecruiting,
    Completed,
    EnrollingByInvitation,
    NotYetRecruiting,
    Recruiting,
    Suspended,
    Terminated,
    Withdrawn,
    Available,
    NoLongerAvailable,
    TemporarilyNotAvailable,
    ApprovedForMarketing,
    Withheld,
    Unknown,
}

/// <summary>Status of one site (CT.gov RecruitmentStatus).</summary>
public enum RecruitmentStatus
{
    ActiveNotRecruiting,
    Completed,
    EnrollingByInvitation,
    NotYetRecruiting,
    Recruiting,
    Suspended,
    Terminated,
    Withdrawn,
    Available,
}

public enum Phase
{
    NA,
    EarlyPhase1,
    Phase1,
    Phase2,
    Phase3,
    Phase4,
}

public enum StudyType
{
    ExpandedAccess,
    Interventional,
    Observational,
}

public enum DateType
{
    Actual,
    Estimated,
}

public enum EnrollmentType
{
    Actual,
    Estimated,
}

public enum Sex
{
    Female,
    Male,
    All,
}

public enum StandardAge
{
    Child,
    Adult,
    OlderAdult,
}

public enum DesignAllocation
{
    Randomized,
    NonRandomized,
    NA,
}

public enum InterventionalAssignment
{
    SingleGroup,
    Parallel,
    Crossover,
    Factorial,
    Sequential,
}

public enum PrimaryPurpose
{
    Treatment,
    Prevention,
    Diagnostic,
    Ect,
    SupportiveCare,
    Screening,
    HealthServicesResearch,
    BasicScience,
    DeviceFeasibility,
    Other,
}

public enum DesignMasking
{
    None,
    Single,
    Double,
    Triple,
    Quadruple,
}

public enum WhoMasked
{
    Participant,
    CareProvider,
    Investigator,
    OutcomesAssessor,
}

public enum ObservationalModel
{
    Cohort,
    CaseControl,
    CaseOnly,
    CaseCrossover,
    EcologicOrCommunity,
    FamilyBased,
    DefinedPopulation,
    NaturalHistory,
    Other,
}

public enum TimePerspective
{
    Retrospective,
    Prospective,
    CrossSectional,
    Other,
}

public enum ArmGroupType
{
    Experimental,
    ActiveComparator,
    PlaceboComparator,
    ShamComparator,
    NoIntervention,
    Other,
}

public enum InterventionType
{
    Behavioral,
    Biological,
    CombinationProduct,
    Device,
    DiagnosticTest,
    DietarySupplement,
    Drug,
    Genetic,
    Procedure,
    Radiation,
    Other,
}

public enum OutcomeKind
{
    Primary,
    Secondary,
    Other,
}

/// <summary>CT.gov SecondaryIdType plus the registries the product recognizes by format.</summary>
public enum SecondaryIdType
{
    Nih,
    Fda,
    Va,
    Cdc,
    Ahrq,
    Samhsa,
    OtherGrant,
    EudractNumber,
    Ctis,
    Isrctn,
    WhoUtn,
    Registry,
    Other,
}

public enum ResponsiblePartyType
{
    Sponsor,
    PrincipalInvestigator,
    SponsorInvestigator,
}

/// <summary>CT.gov ContactRole (central and site contacts) and OfficialRole (overall officials).</summary>
public enum ContactRole
{
    StudyChair,
    StudyDirector,
    PrincipalInvestigator,
    SubInvestigator,
    Contact,
}
