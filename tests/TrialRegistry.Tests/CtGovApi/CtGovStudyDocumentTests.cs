using System.Text.Json;
using System.Text.Json.Nodes;
using TrialRegistry.Conditions;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Organizations;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.CtGovApi;

/// <summary>The study document of trials built in memory (the round trip of imported ones is in the web tests).</summary>
public sealed class CtGovStudyDocumentTests
{
    [Fact]
    public void A_registry_trial_reads_in_the_ctgov_shape_with_ctgov_words_and_partial_dates()
    {
        var trial = RegistryTrial();

        var study = CtGovStudyDocument.ToJson(trial);

        var expected = JsonNode.Parse("""
            {
              "protocolSection": {
                "identificationModule": {
                  "nctId": "TRG-000042",
                  "orgStudyIdInfo": { "id": "APHP-2023-01" },
                  "secondaryIdInfos": [
                    { "id": "ISRCTN12345678", "type": "REGISTRY" },
                    { "id": "2015-001234-56", "type": "EUDRACT_NUMBER" },
                    { "id": "R01 CA000001", "type": "NIH", "link": "https://reporter.nih.gov/" }
                  ],
                  "organization": { "fullName": "Assistance Publique - Hôpitaux de Paris", "class": "OTHER" },
                  "briefTitle": "Stem cells for lupus"
                },
                "statusModule": {
                  "statusVerifiedDate": "2023-04",
                  "overallStatus": "ACTIVE_NOT_RECRUITING",
                  "startDateStruct": { "date": "2023-04-12", "type": "ACTUAL" },
                  "primaryCompletionDateStruct": { "date": "2025-06", "type": "ESTIMATED" },
                  "completionDateStruct": { "date": "2026" },
                  "studyFirstSubmitDate": "2023-03-01"
                },
                "sponsorCollaboratorsModule": {
                  "responsibleParty": { "type": "PRINCIPAL_INVESTIGATOR", "investigatorFullName": "Jane Doe" },
                  "leadSponsor": { "name": "Assistance Publique - Hôpitaux de Paris", "class": "OTHER" },
                  "collaborators": [ { "name": "Cell Therapy Inc.", "class": "INDUSTRY" } ]
                },
                "descriptionModule": { "briefSummary": "A summary." },
                "conditionsModule": { "conditions": ["Lupus Erythematosus, Systemic"], "keywords": ["MSC"] },
                "designModule": {
                  "studyType": "INTERVENTIONAL",
                  "phases": ["PHASE1", "PHASE2"],
                  "designInfo": {
                    "allocation": "NA",
                    "interventionModel": "SINGLE_GROUP",
                    "primaryPurpose": "TREATMENT",
                    "maskingInfo": { "masking": "NONE" }
                  },
                  "enrollmentInfo": { "count": 12, "type": "ESTIMATED" }
                },
                "armsInterventionsModule": {
                  "armGroups": [ { "label": "MSC", "type": "EXPERIMENTAL", "interventionNames": ["Biological: UC-MSC"] } ],
                  "interventions": [ { "type": "BIOLOGICAL", "name": "UC-MSC", "armGroupLabels": ["MSC"], "otherNames": ["Umbilical cord MSC"] } ]
                },
                "outcomesModule": {
                  "primaryOutcomes": [ { "measure": "Remission", "timeFrame": "12 months" } ],
                  "secondaryOutcomes": [ { "measure": "Safety", "description": "Adverse events" } ]
                },
                "eligibilityModule": {
                  "eligibilityCriteria": "Inclusion Criteria: ...",
                  "healthyVolunteers": false,
                  "sex": "ALL",
                  "minimumAge": "18 Years",
                  "stdAges": ["ADULT", "OLDER_ADULT"]
                },
                "contactsLocationsModule": {
                  "centralContacts": [ { "name": "Study Desk", "role": "CONTACT", "phone": "01 40 00 00 00", "phoneExt": "+33", "email": "desk@example.org" } ],
                  "overallOfficials": [ { "name": "Jane Doe", "affiliation": "AP-HP", "role": "PRINCIPAL_INVESTIGATOR" } ],
                  "locations": [
                    { "facility": "Hôpital Saint-Louis", "status": "RECRUITING", "city": "Paris", "zip": "75010", "country": "France", "geoPoint": { "lat": 48.87386, "lon": 2.36837 } },
                    { "facility": "CHU de Lyon", "city": "Lyon", "country": "France" }
                  ]
                }
              },
              "derivedSection": { "conditionBrowseModule": { "meshes": [ { "id": "D008180", "term": "Lupus Erythematosus, Systemic" } ] } },
              "hasResults": false
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, study), study.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void An_imported_study_keeps_what_the_model_does_not_hold_and_shows_the_edits_made_here()
    {
        var source = JsonDocument.Parse("""
            {
              "protocolSection": {
                "identificationModule": {
                  "nctId": "NCT00000001", "briefTitle": "Old title", "acronym": "OLD",
                  "secondaryIdInfos": [ { "id": "ISRCTN12345678", "type": "OTHER", "domain": "ISRCTN" } ],
                  "organization": { "fullName": "Submitting Org", "class": "OTHER" }
                },
                "statusModule": { "overallStatus": "RECRUITING", "expandedAccessInfo": { "hasExpandedAccess": false } },
                "oversightModule": { "oversightHasDmc": true },
                "contactsLocationsModule": {
                  "locations": [
                    { "facility": "Gone", "city": "Nantes", "country": "France" },
                    { "facility": "Hôpital Saint-Louis", "city": "Paris", "country": "France", "status": "RECRUITING",
                      "contacts": [ { "name": "Site Desk", "role": "CONTACT" } ] }
                  ]
                }
              },
              "resultsSection": { "moreInfoModule": { "pointOfContact": { "title": "Results desk" } } },
              "derivedSection": { "miscInfoModule": { "versionHolder": "2024-01-01" } },
              "hasResults": true
            }
            """);
        var trial = TestTrials.New("NCT00000001", TestTrials.Sponsor(), "New title");
        trial.Source = CtGovStudyMapper.SourceName;
        trial.SourceRecord = source;
        trial.HasResults = true;
        trial.SecondaryIds.Add(new TrialSecondaryId { Value = "ISRCTN12345678", Type = SecondaryIdType.Isrctn, Domain = "ISRCTN" });
        trial.Locations.Add(new Location { Ordinal = 0, Facility = "Hôpital Saint-Louis", City = "Paris", Country = "France", Status = RecruitmentStatus.Completed });

        var study = CtGovStudyDocument.ToJson(trial);

        var protocol = study["protocolSection"]!;
        Assert.Equal("New title", (string?)protocol["identificationModule"]!["briefTitle"]);
        Assert.Null(protocol["identificationModule"]!["acronym"]);
        Assert.Equal("Submitting Org", (string?)protocol["identificationModule"]!["organization"]!["fullName"]);
        Assert.Equal("OTHER", (string?)protocol["identificationModule"]!["secondaryIdInfos"]![0]!["type"]);
        Assert.Equal("RECRUITING", (string?)protocol["statusModule"]!["overallStatus"]);
        Assert.False((bool)protocol["statusModule"]!["expandedAccessInfo"]!["hasExpandedAccess"]!);
        Assert.True((bool)protocol["oversightModule"]!["oversightHasDmc"]!);

        var location = Assert.Single(protocol["contactsLocationsModule"]!["locations"]!.AsArray())!;
        Assert.Equal("COMPLETED", (string?)location["status"]);
        Assert.Equal("Site Desk", (string?)location["contacts"]![0]!["name"]);

        Assert.Equal("Results desk", (string?)study["resultsSection"]!["moreInfoModule"]!["pointOfContact"]!["title"]);
        Assert.Equal("2024-01-01", (string?)study["derivedSection"]!["miscInfoModule"]!["versionHolder"]);
        Assert.True((bool)study["hasResults"]!);
    }

    [Fact]
    public void A_record_that_came_in_another_format_is_not_carried_over()
    {
        var trial = TestTrials.New("NCT00000002", TestTrials.Sponsor());
        trial.Source = "ctgov-legacy-xml";
        trial.SourceRecord = JsonDocument.Parse("""{"format":"ctgov-legacy-xml","xml":"<clinical_study/>"}""");

        var study = CtGovStudyDocument.ToJson(trial);

        Assert.Equal(["protocolSection", "hasResults"], study.Select(p => p.Key));
        Assert.Null(study["format"]);
    }

    private static Trial RegistryTrial()
    {
        var aphp = Organization.Create("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France");
        var trial = TestTrials.New("TRG-000042", aphp, "Stem cells for lupus");
        trial.Source = "registry";
        trial.OrgStudyId = "APHP-2023-01";
        trial.OverallStatus = OverallStatus.ActiveNotRecruiting;
        trial.StatusVerifiedDate = RegistryDate.Month(2023, 4);
        trial.StartDate = RegistryDate.Day(2023, 4, 12, DateType.Actual);
        trial.PrimaryCompletionDate = RegistryDate.Month(2025, 6, DateType.Estimated);
        trial.CompletionDate = new RegistryDate(new DateOnly(2026, 1, 1), DatePrecision.Year);
        trial.StudyFirstSubmitDate = new DateOnly(2023, 3, 1);
        trial.SecondaryIds =
        [
            new TrialSecondaryId { Value = "ISRCTN12345678", Type = SecondaryIdType.Isrctn },
            new TrialSecondaryId { Value = "2015-001234-56", Type = SecondaryIdType.EudractNumber },
            new TrialSecondaryId { Value = "R01 CA000001", Type = SecondaryIdType.Nih, Link = "https://reporter.nih.gov/" },
        ];
        trial.ResponsiblePartyType = ResponsiblePartyType.PrincipalInvestigator;
        trial.ResponsibleInvestigator = "Jane Doe";
        trial.Collaborators = [new TrialCollaborator { Organization = Organization.Create("Cell Therapy Inc.", OrganizationClass.Industry), Ordinal = 0 }];
        trial.BriefSummary = "A summary.";
        trial.Conditions = [new TrialCondition { Condition = new Condition { Name = "Lupus Erythematosus, Systemic", NormalizedName = "lupus", MeshTerm = "Lupus Erythematosus, Systemic", MeshId = "D008180" }, Ordinal = 0 }];
        trial.Keywords = ["MSC"];
        trial.Design = new TrialDesign
        {
            Allocation = DesignAllocation.NA,
            InterventionModel = InterventionalAssignment.SingleGroup,
            PrimaryPurpose = PrimaryPurpose.Treatment,
            Masking = DesignMasking.None,
        };
        trial.EnrollmentCount = 12;
        trial.EnrollmentType = EnrollmentType.Estimated;
        trial.Arms = [new Arm { Label = "MSC", Type = ArmGroupType.Experimental, InterventionNames = ["Biological: UC-MSC"] }];
        trial.Interventions = [new Intervention { Type = InterventionType.Biological, Name = "UC-MSC", ArmGroupLabels = ["MSC"], OtherNames = ["Umbilical cord MSC"] }];
        trial.Outcomes =
        [
            new Outcome { Kind = OutcomeKind.Secondary, Ordinal = 0, Measure = "Safety", Description = "Adverse events" },
            new Outcome { Kind = OutcomeKind.Primary, Ordinal = 0, Measure = "Remission", TimeFrame = "12 months" },
        ];
        trial.Eligibility = new TrialEligibility
        {
            Criteria = "Inclusion Criteria: ...",
            HealthyVolunteers = false,
            Sex = Sex.All,
            MinimumAge = "18 Years",
            StandardAges = [StandardAge.Adult, StandardAge.OlderAdult],
        };
        trial.Contacts =
        [
            new TrialContact { Kind = TrialContactKind.OverallOfficial, Ordinal = 0, Name = "Jane Doe", Affiliation = "AP-HP", Role = ContactRole.PrincipalInvestigator },
            new TrialContact { Kind = TrialContactKind.Central, Ordinal = 0, Name = "Study Desk", Role = ContactRole.Contact, Phone = "01 40 00 00 00 ext. +33", Email = "desk@example.org" },
        ];
        trial.Locations =
        [
            new Location { Ordinal = 1, Facility = "CHU de Lyon", City = "Lyon", Country = "France" },
            new Location { Ordinal = 0, Facility = "Hôpital Saint-Louis", City = "Paris", Zip = "75010", Country = "France", Status = RecruitmentStatus.Recruiting, Latitude = 48.87386, Longitude = 2.36837 },
        ];
        return trial;
    }
}
