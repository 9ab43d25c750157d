namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// Resolves an item of the CT.gov <c>fields</c> parameter to the dotted JSON path it selects: a piece
/// name from CT.gov's data structure (NCTId, LocationCity, ConditionsModule; case-insensitive) or a
/// field path (protocolSection.identificationModule.nctId) under one of the study's sections.
/// </summary>
internal static class CtGovFieldPaths
{
    private const string Identification = "protocolSection.identificationModule.";
    private const string Status = "protocolSection.statusModule.";
    private const string Sponsors = "protocolSection.sponsorCollaboratorsModule.";
    private const string Oversight = "protocolSection.oversightModule.";
    private const string Design = "protocolSection.designModule.";
    private const string Arms = "protocolSection.armsInterventionsModule.";
    private const string Outcomes = "protocolSection.outcomesModule.";
    private const string Eligibility = "protocolSection.eligibilityModule.";
    private const string Contacts = "protocolSection.contactsLocationsModule.";
    private const string References = "protocolSection.referencesModule.";
    private const string IpdSharing = "protocolSection.ipdSharingStatementModule.";

    private static readonly string[] Sections = ["protocolSection", "resultsSection", "annotationSection", "documentSection", "derivedSection", "hasResults"];

    private static readonly Dictionary<string, string> Pieces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ProtocolSection"] = "protocolSection",
        ["ResultsSection"] = "resultsSection",
        ["AnnotationSection"] = "annotationSection",
        ["DocumentSection"] = "documentSection",
        ["DerivedSection"] = "derivedSection",
        ["HasResults"] = "hasResults",

        ["IdentificationModule"] = "protocolSection.identificationModule",
        ["StatusModule"] = "protocolSection.statusModule",
        ["SponsorCollaboratorsModule"] = "protocolSection.sponsorCollaboratorsModule",
        ["OversightModule"] = "protocolSection.oversightModule",
        ["DescriptionModule"] = "protocolSection.descriptionModule",
        ["ConditionsModule"] = "protocolSection.conditionsModule",
        ["DesignModule"] = "protocolSection.designModule",
        ["ArmsInterventionsModule"] = "protocolSection.armsInterventionsModule",
        ["OutcomesModule"] = "protocolSection.outcomesModule",
        ["EligibilityModule"] = "protocolSection.eligibilityModule",
        ["ContactsLocationsModule"] = "protocolSection.contactsLocationsModule",
        ["ReferencesModule"] = "protocolSection.referencesModule",
        ["IPDSharingStatementModule"] = "protocolSection.ipdSharingStatementModule",
        ["ParticipantFlowModule"] = "resultsSection.participantFlowModule",
        ["BaselineCharacteristicsModule"] = "resultsSection.baselineCharacteristicsModule",
        ["OutcomeMeasuresModule"] = "resultsSection.outcomeMeasuresModule",
        ["AdverseEventsModule"] = "resultsSection.adverseEventsModule",
        ["MoreInfoModule"] = "resultsSection.moreInfoModule",
        ["AnnotationModule"] = "annotationSection.annotationModule",
        ["LargeDocumentModule"] = "documentSection.largeDocumentModule",
        ["MiscInfoModule"] = "derivedSection.miscInfoModule",
        ["ConditionBrowseModule"] = "derivedSection.conditionBrowseModule",
        ["InterventionBrowseModule"] = "derivedSection.interventionBrowseModule",

        ["NCTId"] = Identification + "nctId",
        ["NCTIdAlias"] = Identification + "nctIdAliases",
        ["OrgStudyIdInfo"] = Identification + "orgStudyIdInfo",
        ["OrgStudyId"] = Identification + "orgStudyIdInfo.id",
        ["OrgStudyIdType"] = Identification + "orgStudyIdInfo.type",
        ["OrgStudyIdLink"] = Identification + "orgStudyIdInfo.link",
        ["SecondaryIdInfo"] = Identification + "secondaryIdInfos",
        ["SecondaryId"] = Identification + "secondaryIdInfos.id",
        ["SecondaryIdType"] = Identification + "secondaryIdInfos.type",
        ["SecondaryIdDomain"] = Identification + "secondaryIdInfos.domain",
        ["SecondaryIdLink"] = Identification + "secondaryIdInfos.link",
        ["BriefTitle"] = Identification + "briefTitle",
        ["OfficialTitle"] = Identification + "officialTitle",
        ["Acronym"] = Identification + "acronym",
        ["Organization"] = Identification + "organization",
        ["OrgFullName"] = Identification + "organization.fullName",
        ["OrgClass"] = Identification + "organization.class",

        ["StatusVerifiedDate"] = Status + "statusVerifiedDate",
        ["OverallStatus"] = Status + "overallStatus",
        ["LastKnownStatus"] = Status + "lastKnownStatus",
        ["DelayedPosting"] = Status + "delayedPosting",
        ["WhyStopped"] = Status + "whyStopped",
        ["ExpandedAccessInfo"] = Status + "expandedAccessInfo",
        ["HasExpandedAccess"] = Status + "expandedAccessInfo.hasExpandedAccess",
        ["StartDateStruct"] = Status + "startDateStruct",
        ["StartDate"] = Status + "startDateStruct.date",
        ["StartDateType"] = Status + "startDateStruct.type",
        ["PrimaryCompletionDateStruct"] = Status + "primaryCompletionDateStruct",
        ["PrimaryCompletionDate"] = Status + "primaryCompletionDateStruct.date",
        ["PrimaryCompletionDateType"] = Status + "primaryCompletionDateStruct.type",
        ["CompletionDateStruct"] = Status + "completionDateStruct",
        ["CompletionDate"] = Status + "completionDateStruct.date",
        ["CompletionDateType"] = Status + "completionDateStruct.type",
        ["StudyFirstSubmitDate"] = Status + "studyFirstSubmitDate",
        ["StudyFirstSubmitQCDate"] = Status + "studyFirstSubmitQcDate",
        ["StudyFirstPostDateStruct"] = Status + "studyFirstPostDateStruct",
        ["StudyFirstPostDate"] = Status + "studyFirstPostDateStruct.date",
        ["StudyFirstPostDateType"] = Status + "studyFirstPostDateStruct.type",
        ["ResultsWaived"] = Status + "resultsWaived",
        ["ResultsFirstSubmitDate"] = Status + "resultsFirstSubmitDate",
        ["ResultsFirstSubmitQCDate"] = Status + "resultsFirstSubmitQcDate",
        ["ResultsFirstPostDateStruct"] = Status + "resultsFirstPostDateStruct",
        ["ResultsFirstPostDate"] = Status + "resultsFirstPostDateStruct.date",
        ["ResultsFirstPostDateType"] = Status + "resultsFirstPostDateStruct.type",
        ["LastUpdateSubmitDate"] = Status + "lastUpdateSubmitDate",
        ["LastUpdatePostDateStruct"] = Status + "lastUpdatePostDateStruct",
        ["LastUpdatePostDate"] = Status + "lastUpdatePostDateStruct.date",
        ["LastUpdatePostDateType"] = Status + "lastUpdatePostDateStruct.type",

        ["ResponsibleParty"] = Sponsors + "responsibleParty",
        ["ResponsiblePartyType"] = Sponsors + "responsibleParty.type",
        ["ResponsiblePartyInvestigatorFullName"] = Sponsors + "responsibleParty.investigatorFullName",
        ["ResponsiblePartyInvestigatorTitle"] = Sponsors + "responsibleParty.investigatorTitle",
        ["ResponsiblePartyInvestigatorAffiliation"] = Sponsors + "responsibleParty.investigatorAffiliation",
        ["LeadSponsor"] = Sponsors + "leadSponsor",
        ["LeadSponsorName"] = Sponsors + "leadSponsor.name",
        ["LeadSponsorClass"] = Sponsors + "leadSponsor.class",
        ["Collaborator"] = Sponsors + "collaborators",
        ["CollaboratorName"] = Sponsors + "collaborators.name",
        ["CollaboratorClass"] = Sponsors + "collaborators.class",

        ["OversightHasDMC"] = Oversight + "oversightHasDmc",
        ["IsFDARegulatedDrug"] = Oversight + "isFdaRegulatedDrug",
        ["IsFDARegulatedDevice"] = Oversight + "isFdaRegulatedDevice",
        ["IsUnapprovedDevice"] = Oversight + "isUnapprovedDevice",
        ["IsPPSD"] = Oversight + "isPpsd",
        ["IsUSExport"] = Oversight + "isUsExport",
        ["FDAAA801Violation"] = Oversight + "fdaaa801Violation",

        ["BriefSummary"] = "protocolSection.descriptionModule.briefSummary",
        ["DetailedDescription"] = "protocolSection.descriptionModule.detailedDescription",
        ["Condition"] = "protocolSection.conditionsModule.conditions",
        ["Keyword"] = "protocolSection.conditionsModule.keywords",

        ["StudyType"] = Design + "studyType",
        ["PatientRegistry"] = Design + "patientRegistry",
        ["TargetDuration"] = Design + "targetDuration",
        ["Phase"] = Design + "phases",
        ["DesignInfo"] = Design + "designInfo",
        ["DesignAllocation"] = Design + "designInfo.allocation",
        ["DesignInterventionModel"] = Design + "designInfo.interventionModel",
        ["DesignInterventionModelDescription"] = Design + "designInfo.interventionModelDescription",
        ["DesignPrimaryPurpose"] = Design + "designInfo.primaryPurpose",
        ["DesignObservationalModel"] = Design + "designInfo.observationalModel",
        ["DesignTimePerspective"] = Design + "designInfo.timePerspective",
        ["DesignMaskingInfo"] = Design + "designInfo.maskingInfo",
        ["DesignMasking"] = Design + "designInfo.maskingInfo.masking",
        ["DesignMaskingDescription"] = Design + "designInfo.maskingInfo.maskingDescription",
        ["DesignWhoMasked"] = Design + "designInfo.maskingInfo.whoMasked",
        ["BioSpec"] = Design + "bioSpec",
        ["BioSpecRetention"] = Design + "bioSpec.retention",
        ["BioSpecDescription"] = Design + "bioSpec.description",
        ["EnrollmentInfo"] = Design + "enrollmentInfo",
        ["EnrollmentCount"] = Design + "enrollmentInfo.count",
        ["EnrollmentType"] = Design + "enrollmentInfo.type",

        ["ArmGroup"] = Arms + "armGroups",
        ["ArmGroupLabel"] = Arms + "armGroups.label",
        ["ArmGroupType"] = Arms + "armGroups.type",
        ["ArmGroupDescription"] = Arms + "armGroups.description",
        ["ArmGroupInterventionName"] = Arms + "armGroups.interventionNames",
        ["Intervention"] = Arms + "interventions",
        ["InterventionType"] = Arms + "interventions.type",
        ["InterventionName"] = Arms + "interventions.name",
        ["InterventionDescription"] = Arms + "interventions.description",
        ["InterventionArmGroupLabel"] = Arms + "interventions.armGroupLabels",
        ["InterventionOtherName"] = Arms + "interventions.otherNames",

        ["PrimaryOutcome"] = Outcomes + "primaryOutcomes",
        ["PrimaryOutcomeMeasure"] = Outcomes + "primaryOutcomes.measure",
        ["PrimaryOutcomeDescription"] = Outcomes + "primaryOutcomes.description",
        ["PrimaryOutcomeTimeFrame"] = Outcomes + "primaryOutcomes.timeFrame",
        ["SecondaryOutcome"] = Outcomes + "secondaryOutcomes",
        ["SecondaryOutcomeMeasure"] = Outcomes + "secondaryOutcomes.measure",
        ["SecondaryOutcomeDescription"] = Outcomes + "secondaryOutcomes.description",
        ["SecondaryOutcomeTimeFrame"] = Outcomes + "secondaryOutcomes.timeFrame",
        ["OtherOutcome"] = Outcomes + "otherOutcomes",
        ["OtherOutcomeMeasure"] = Outcomes + "otherOutcomes.measure",
        ["OtherOutcomeDescription"] = Outcomes + "otherOutcomes.description",
        ["OtherOutcomeTimeFrame"] = Outcomes + "otherOutcomes.timeFrame",

        ["EligibilityCriteria"] = Eligibility + "eligibilityCriteria",
        ["HealthyVolunteers"] = Eligibility + "healthyVolunteers",
        ["Sex"] = Eligibility + "sex",
        ["GenderBased"] = Eligibility + "genderBased",
        ["GenderDescription"] = Eligibility + "genderDescription",
        ["MinimumAge"] = Eligibility + "minimumAge",
        ["MaximumAge"] = Eligibility + "maximumAge",
        ["StdAge"] = Eligibility + "stdAges",
        ["StudyPopulation"] = Eligibility + "studyPopulation",
        ["SamplingMethod"] = Eligibility + "samplingMethod",

        ["CentralContact"] = Contacts + "centralContacts",
        ["CentralContactName"] = Contacts + "centralContacts.name",
        ["CentralContactRole"] = Contacts + "centralContacts.role",
        ["CentralContactPhone"] = Contacts + "centralContacts.phone",
        ["CentralContactPhoneExt"] = Contacts + "centralContacts.phoneExt",
        ["CentralContactEMail"] = Contacts + "centralContacts.email",
        ["OverallOfficial"] = Contacts + "overallOfficials",
        ["OverallOfficialName"] = Contacts + "overallOfficials.name",
        ["OverallOfficialAffiliation"] = Contacts + "overallOfficials.affiliation",
        ["OverallOfficialRole"] = Contacts + "overallOfficials.role",
        ["Location"] = Contacts + "locations",
        ["LocationFacility"] = Contacts + "locations.facility",
        ["LocationStatus"] = Contacts + "locations.status",
        ["LocationCity"] = Contacts + "locations.city",
        ["LocationState"] = Contacts + "locations.state",
        ["LocationZip"] = Contacts + "locations.zip",
        ["LocationCountry"] = Contacts + "locations.country",
        ["LocationGeoPoint"] = Contacts + "locations.geoPoint",
        ["LocationContact"] = Contacts + "locations.contacts",
        ["LocationContactName"] = Contacts + "locations.contacts.name",
        ["LocationContactRole"] = Contacts + "locations.contacts.role",
        ["LocationContactPhone"] = Contacts + "locations.contacts.phone",
        ["LocationContactPhoneExt"] = Contacts + "locations.contacts.phoneExt",
        ["LocationContactEMail"] = Contacts + "locations.contacts.email",

        ["Reference"] = References + "references",
        ["ReferencePMID"] = References + "references.pmid",
        ["ReferenceType"] = References + "references.type",
        ["ReferenceCitation"] = References + "references.citation",
        ["SeeAlsoLink"] = References + "seeAlsoLinks",
        ["SeeAlsoLinkLabel"] = References + "seeAlsoLinks.label",
        ["SeeAlsoLinkURL"] = References + "seeAlsoLinks.url",
        ["AvailIPD"] = References + "availIpds",

        ["IPDSharing"] = IpdSharing + "ipdSharing",
        ["IPDSharingDescription"] = IpdSharing + "description",
        ["IPDSharingInfoType"] = IpdSharing + "infoTypes",
        ["IPDSharingTimeFrame"] = IpdSharing + "timeFrame",
        ["IPDSharingAccessCriteria"] = IpdSharing + "accessCriteria",
        ["IPDSharingURL"] = IpdSharing + "url",

        ["VersionHolder"] = "derivedSection.miscInfoModule.versionHolder",
        ["ConditionMesh"] = "derivedSection.conditionBrowseModule.meshes",
        ["InterventionMesh"] = "derivedSection.interventionBrowseModule.meshes",
    };

    /// <summary>The piece names this registry resolves (for error messages and documentation).</summary>
    public static IEnumerable<string> PieceNames => Pieces.Keys;

    public static bool TryResolve(string item, out string path)
    {
        if (Pieces.TryGetValue(item, out var piece))
        {
            path = piece;
            return true;
        }

        // A field path: dotted camelCase names under one of the study's sections.
        path = item;
        var segments = item.Split('.');
        return Sections.Contains(segments[0], StringComparer.Ordinal)
            && segments.All(s => s.Length > 0 && char.IsAsciiLetterLower(s[0]) && s.All(char.IsAsciiLetterOrDigit))
            && (segments[0] != "hasResults" || segments.Length == 1);
    }
}
