using System.Text.Json;
using System.Xml.Linq;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import.LegacyXml;

public sealed class LegacyXmlStudyMapperTests
{
    [Fact]
    public void A_completed_randomized_study_maps_field_by_field()
    {
        var (trial, warnings) = LegacyXmlFixtures.Map("NCT00000416");

        Assert.Empty(warnings);
        Assert.Equal("NCT00000416", trial.RegistryId);
        Assert.Equal("P60AR020613", trial.OrgStudyId);
        Assert.Equal("Prevention of Arthritis-Related Work Disability", trial.BriefTitle);
        Assert.StartsWith("Prevention of Arthritis-Related Work Disability: A Trial of Job Retention", trial.OfficialTitle, StringComparison.Ordinal);
        Assert.Equal(
            [("P60AR020613", SecondaryIdType.Other), ("NIAMS-012", SecondaryIdType.Other), ("EEHRS Project 3", SecondaryIdType.Other)],
            trial.SecondaryIds.Select(s => (s.Value, s.Type)));

        Assert.Equal(OverallStatus.Completed, trial.OverallStatus);
        Assert.Null(trial.LastKnownStatus);
        Assert.Equal(RegistryDate.Month(1997, 9), trial.StartDate);
        Assert.Equal(RegistryDate.Month(2001, 8, DateType.Actual), trial.PrimaryCompletionDate);
        Assert.Equal(RegistryDate.Month(2001, 8, DateType.Actual), trial.CompletionDate);
        Assert.Equal(RegistryDate.Month(2017, 7), trial.StatusVerifiedDate);
        Assert.Equal(RegistryDate.Day(1999, 11, 4, DateType.Estimated), trial.StudyFirstPostDate);
        Assert.Equal(RegistryDate.Day(2017, 7, 26, DateType.Actual), trial.LastUpdatePostDate);
        Assert.Equal(new DateOnly(1999, 11, 3), trial.StudyFirstSubmitDate);
        Assert.Equal(new DateOnly(2017, 7, 24), trial.LastUpdateSubmitDate);
        Assert.Null(trial.ResultsFirstPostDate);

        Assert.Equal([Phase.NA], trial.Phases);
        Assert.Equal(StudyType.Interventional, trial.StudyType);
        Assert.Equal(DesignAllocation.Randomized, trial.Design.Allocation);
        Assert.Equal(InterventionalAssignment.SingleGroup, trial.Design.InterventionModel);
        Assert.Equal(PrimaryPurpose.Prevention, trial.Design.PrimaryPurpose);
        Assert.Equal(DesignMasking.Triple, trial.Design.Masking);
        Assert.Equal([WhoMasked.Participant, WhoMasked.Investigator, WhoMasked.OutcomesAssessor], trial.Design.WhoMasked);
        Assert.Equal((242, EnrollmentType.Actual), (trial.EnrollmentCount, trial.EnrollmentType));

        Assert.Equal(("Boston University Charles River Campus", OrganizationClass.Other), (trial.LeadSponsor.Name, trial.LeadSponsor.Class));
        Assert.Equal(
            [("National Institute of Arthritis and Musculoskeletal and Skin Diseases (NIAMS)", OrganizationClass.Nih), ("Boston University Medical Campus", OrganizationClass.Other)],
            trial.Collaborators.Select(c => (c.Organization.Name, c.Organization.Class)));
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.Equal(ResponsiblePartyType.PrincipalInvestigator, trial.ResponsiblePartyType);
        Assert.Equal("Saralynn J. Allaire", trial.ResponsibleInvestigator);

        // Text blocks keep their lines, without the XML's indentation and carriage returns.
        Assert.StartsWith("People with rheumatic disorders (arthritis) often have trouble keeping their jobs. This study\nwill look", trial.BriefSummary, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', trial.DetailedDescription!);
        Assert.StartsWith("Inclusion Criteria:\n\n  -  Must currently be employed full or part time", trial.Eligibility.Criteria, StringComparison.Ordinal);

        Assert.Equal(["Rheumatoid Arthritis", "Systemic Lupus Erythematosus", "Osteoarthritis, Knee", "Ankylosing Spondylitis"], trial.Conditions.Select(c => c.Condition.Name));
        Assert.Equal("Lupus Erythematosus, Systemic", trial.Conditions[1].Condition.MeshTerm);
        Assert.Equal("Osteoarthritis, Knee", trial.Conditions[2].Condition.MeshTerm);
        Assert.Equal("Spondylitis, Ankylosing", trial.Conditions[3].Condition.MeshTerm);
        Assert.Equal(7, trial.Keywords.Count);
        Assert.Equal("Vocational rehabilitation (VR)", trial.Keywords[3]);

        Assert.Equal(
            [("Rehabilitation counseling", ArmGroupType.Experimental), ("printed information", ArmGroupType.ActiveComparator)],
            trial.Arms.Select(a => (a.Label, a.Type)));
        Assert.All(trial.Arms, a => Assert.Equal(["Other: Rehabilitation counseling"], a.InterventionNames));
        var intervention = Assert.Single(trial.Interventions);
        Assert.Equal((InterventionType.Other, "Rehabilitation counseling"), (intervention.Type, intervention.Name));
        Assert.Equal(["Rehabilitation counseling", "printed information"], intervention.ArmGroupLabels);

        var primary = Assert.Single(trial.Outcomes, o => o.Kind == OutcomeKind.Primary);
        Assert.Equal(("job losses", "every 6 months for up to 42 months"), (primary.Measure, primary.TimeFrame));
        Assert.Single(trial.Outcomes, o => o.Kind == OutcomeKind.Secondary);

        Assert.Equal(Sex.All, trial.Eligibility.Sex);
        Assert.Equal(("18 Years", "65 Years"), (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge));
        Assert.Equal([StandardAge.Adult, StandardAge.OlderAdult], trial.Eligibility.StandardAges);
        Assert.False(trial.Eligibility.HealthyVolunteers);

        var official = Assert.Single(trial.Contacts);
        Assert.Equal((TrialContactKind.OverallOfficial, "Saralynn J. Allaire, Sc.D.", ContactRole.PrincipalInvestigator, "Boston University"),
            (official.Kind, official.Name, official.Role, official.Affiliation));
        var location = Assert.Single(trial.Locations);
        Assert.Equal(("Boston University School of Medicine", "Boston", "Massachusetts", "02118", "United States"),
            (location.Facility, location.City, location.State, location.Zip, location.Country));
        Assert.Null(location.Status);
        Assert.False(trial.HasResults);
        Assert.Equal(["United States"], trial.Countries);
    }

    [Fact]
    public void An_unknown_status_study_keeps_its_last_known_status_location_status_and_contacts()
    {
        var (trial, warnings) = LegacyXmlFixtures.Map("NCT00008749");

        Assert.Empty(warnings);
        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Equal(OverallStatus.Recruiting, trial.LastKnownStatus);
        Assert.Equal(StudyType.Observational, trial.StudyType);
        Assert.Empty(trial.Phases);
        Assert.Equal(ObservationalModel.CaseControl, trial.Design.ObservationalModel);
        Assert.Equal(RegistryDate.Month(2003, 12), trial.StatusVerifiedDate);
        Assert.Null(trial.StartDate);
        Assert.Equal(("National Center for Research Resources (NCRR)", OrganizationClass.Nih), (trial.LeadSponsor.Name, trial.LeadSponsor.Class));
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.Equal(("Arthritis Foundation", OrganizationClass.Other), (trial.Collaborators[0].Organization.Name, trial.Collaborators[0].Organization.Class));

        Assert.Equal(("13 Years", null), (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge));
        Assert.Equal([StandardAge.Child, StandardAge.Adult, StandardAge.OlderAdult], trial.Eligibility.StandardAges);
        Assert.True(trial.Eligibility.HealthyVolunteers);

        var contact = Assert.Single(trial.Contacts);
        Assert.Equal((TrialContactKind.Central, "Randy Q Cron, MD, Ph.D.", ContactRole.Contact, "215-590-1844"), (contact.Kind, contact.Name, contact.Role, contact.Phone));
        var location = Assert.Single(trial.Locations);
        Assert.Equal(("Children's Hospital of Philadelphia", "19104-4318", RecruitmentStatus.Recruiting), (location.Facility, location.Zip, location.Status));

        var condition = Assert.Single(trial.Conditions).Condition;
        Assert.Equal(("Lupus Erythematosus, Systemic", "Lupus Erythematosus, Systemic"), (condition.Name, condition.MeshTerm));
    }

    [Fact]
    public void A_phase_1_2_study_with_results_has_both_phases_other_names_and_results()
    {
        var (trial, _) = LegacyXmlFixtures.Map("NCT00463060");

        Assert.Equal([Phase.Phase1, Phase.Phase2], trial.Phases);
        Assert.Equal(DesignAllocation.NA, trial.Design.Allocation);
        Assert.Equal(DesignMasking.None, trial.Design.Masking);
        Assert.Empty(trial.Design.WhoMasked);
        Assert.Equal(RegistryDate.Month(2007, 1), trial.StartDate);
        Assert.Equal(RegistryDate.Day(2018, 7, 18, DateType.Actual), trial.ResultsFirstPostDate);
        Assert.True(trial.HasResults);
        Assert.Equal(("Pfizer", OrganizationClass.Industry), (trial.Collaborators[0].Organization.Name, trial.Collaborators[0].Organization.Class));
        Assert.Equal(
            [(InterventionType.Drug, "sunitinib malate (Sutent)", "sunitinib malate|Sutent"), (InterventionType.Procedure, "radiotherapy", "XRT")],
            trial.Interventions.Select(i => (i.Type, i.Name, string.Join('|', i.OtherNames))));
        Assert.Equal(["Drug: sunitinib malate (Sutent)", "Procedure: radiotherapy"], Assert.Single(trial.Arms).InterventionNames);
        Assert.Equal(2, trial.Outcomes.Count(o => o.Kind == OutcomeKind.Primary));
        Assert.Equal(5, trial.Outcomes.Count(o => o.Kind == OutcomeKind.Secondary));
        Assert.Equal(("18 Years", null), (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge));
    }

    [Fact]
    public void Sponsor_classes_include_us_federal_and_eudract_numbers_are_classified()
    {
        var (nih, _) = LegacyXmlFixtures.Map("NCT00498628");
        Assert.Equal(
            [OrganizationClass.Nih, OrganizationClass.Industry, OrganizationClass.Fed],
            nih.Collaborators.Select(c => c.Organization.Class));
        Assert.Equal(DesignMasking.Triple, nih.Design.Masking);
        Assert.Equal([WhoMasked.Participant, WhoMasked.CareProvider, WhoMasked.Investigator], nih.Design.WhoMasked);
        Assert.Equal(InterventionalAssignment.Parallel, nih.Design.InterventionModel);

        var (eudract, _) = LegacyXmlFixtures.Map("NCT00497796");
        Assert.Equal(
            [("2007-004729-16", SecondaryIdType.EudractNumber), ("SHP620-301", SecondaryIdType.Other)],
            eudract.SecondaryIds.Select(s => (s.Value, s.Type)));
        Assert.Equal([Phase.Phase3], eudract.Phases);
    }

    [Fact]
    public void The_source_record_is_the_xml_whole_with_a_hash_of_it()
    {
        var xml = LegacyXmlFixtures.Load("NCT00008749");

        var (trial, _) = new LegacyXmlStudyMapper(new EntityResolver()).Map(xml, LegacyXmlFixtures.ImportedAt);
        var (again, _) = new LegacyXmlStudyMapper(new EntityResolver()).Map(LegacyXmlFixtures.Load("NCT00008749"), LegacyXmlFixtures.ImportedAt);

        Assert.Equal(LegacyXmlStudyMapper.SourceName, trial.Source);
        var record = trial.SourceRecord!.RootElement;
        Assert.Equal("ctgov-legacy-xml", record.GetProperty("format").GetString());
        var stored = XElement.Parse(record.GetProperty("xml").GetString()!);
        Assert.True(XNode.DeepEquals(xml, stored), "the stored XML is the record, element for element");
        Assert.Equal(64, trial.SourceHash!.Length);
        Assert.Equal(trial.SourceHash, again.SourceHash);
    }

    [Fact]
    public void Every_legacy_fixture_maps_without_unknown_values()
    {
        foreach (var file in LegacyXmlFixtures.AllFiles())
        {
            var (trial, warnings) = new LegacyXmlStudyMapper(new EntityResolver()).Map(XElement.Load(file), LegacyXmlFixtures.ImportedAt);

            Assert.Equal(Path.GetFileNameWithoutExtension(file), trial.RegistryId);
            Assert.DoesNotContain(warnings, w => w.Message.Contains("unknown", StringComparison.Ordinal) || w.Message.Contains("not a date", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_record_without_an_nct_id_cannot_be_mapped()
    {
        var xml = LegacyXmlFixtures.Load("NCT00008749");
        xml.Element("id_info")!.Element("nct_id")!.Remove();

        var error = Assert.Throws<RecordMappingException>(() => new LegacyXmlStudyMapper(new EntityResolver()).Map(xml, LegacyXmlFixtures.ImportedAt));

        Assert.Equal("The study has no protocolSection.identificationModule.nctId.", error.Message);
    }

    [Fact]
    public void The_same_study_from_v2_json_and_from_legacy_xml_yields_the_same_trial()
    {
        using var json = FixtureFiles.ReadJson("ctgov/derived/NCT00000416.v2-from-legacy-xml.json");

        var fromJson = new CtGovStudyMapper(new EntityResolver()).Map(json.RootElement, LegacyXmlFixtures.ImportedAt);
        var fromXml = LegacyXmlFixtures.Map("NCT00000416");

        Assert.Empty(fromJson.Warnings);
        Assert.Equal(ComparableTrial.Of(fromJson.Trial), ComparableTrial.Of(fromXml.Trial));
        Assert.NotEqual(fromJson.Trial.Source, fromXml.Trial.Source);
        Assert.Equal(JsonValueKind.Object, fromJson.Trial.SourceRecord!.RootElement.GetProperty("protocolSection").ValueKind);
    }
}
