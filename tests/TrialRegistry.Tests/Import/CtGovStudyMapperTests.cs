using System.Text.Json;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import;

public sealed class CtGovStudyMapperTests
{
    private static readonly DateTimeOffset ImportedAt = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_seed_trial_stands_as_today_unknown_with_last_known_status_recruiting()
    {
        using var seed = FixtureFiles.ReadSeedTrial();

        var (trial, warnings) = new CtGovStudyMapper(new EntityResolver()).Map(seed.RootElement, ImportedAt);

        Assert.Empty(warnings);
        Assert.Equal("NCT03562065", trial.RegistryId);
        Assert.Equal("P150302", trial.OrgStudyId);
        Assert.Equal("MSC-SLE", trial.Acronym);
        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Equal(OverallStatus.Recruiting, trial.LastKnownStatus);
        Assert.Equal([Phase.Phase1, Phase.Phase2], trial.Phases);
        Assert.Equal(StudyType.Interventional, trial.StudyType);
        Assert.Equal(RegistryDate.Day(2019, 9, 11, DateType.Actual), trial.StartDate);
        Assert.Equal(RegistryDate.Day(2023, 6, 1, DateType.Estimated), trial.PrimaryCompletionDate);
        Assert.Equal(RegistryDate.Month(2021, 6), trial.StatusVerifiedDate);
        Assert.Equal(new DateOnly(2018, 5, 22), trial.StudyFirstSubmitDate);
        Assert.Equal(10, trial.EnrollmentCount);
        Assert.Equal(EnrollmentType.Estimated, trial.EnrollmentType);
        Assert.Equal(DesignAllocation.NA, trial.Design.Allocation);
        Assert.Equal(InterventionalAssignment.SingleGroup, trial.Design.InterventionModel);
        Assert.Equal(DesignMasking.None, trial.Design.Masking);
        Assert.Equal(PrimaryPurpose.Treatment, trial.Design.PrimaryPurpose);

        Assert.Equal("Assistance Publique - Hôpitaux de Paris", trial.LeadSponsor.Name);
        Assert.Equal(OrganizationClass.Other, trial.LeadSponsor.Class);
        Assert.Empty(trial.Collaborators);
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.Equal(ResponsiblePartyType.Sponsor, trial.ResponsiblePartyType);
        Assert.Contains("University College London for cell manufacturing", trial.BriefSummary, StringComparison.Ordinal);

        var intervention = Assert.Single(trial.Interventions);
        Assert.Equal(InterventionType.Biological, intervention.Type);
        Assert.Equal("mesenchymal stem cells", intervention.Name);
        Assert.Equal(["mesenchymal stem cells"], intervention.ArmGroupLabels);
        var arm = Assert.Single(trial.Arms);
        Assert.Equal(ArmGroupType.Experimental, arm.Type);
        Assert.Equal(["Biological: mesenchymal stem cells"], arm.InterventionNames);

        Assert.Single(trial.Outcomes, o => o.Kind == OutcomeKind.Primary);
        Assert.Equal(36, trial.Outcomes.Count(o => o.Kind == OutcomeKind.Secondary));
        Assert.Equal(Sex.All, trial.Eligibility.Sex);
        Assert.Equal("18 Years", trial.Eligibility.MinimumAge);
        Assert.Equal("70 Years", trial.Eligibility.MaximumAge);
        Assert.False(trial.Eligibility.HealthyVolunteers);
        Assert.Equal([StandardAge.Adult, StandardAge.OlderAdult], trial.Eligibility.StandardAges);

        var location = Assert.Single(trial.Locations);
        Assert.Equal(("Saint-Louis Hospital", "Paris", "75010", "France"), (location.Facility, location.City, location.Zip, location.Country));
        Assert.Equal(RecruitmentStatus.Recruiting, location.Status);
        Assert.Equal(48.8738, location.Latitude);
        Assert.Equal(2.3685, location.Longitude);
        Assert.Equal(2, trial.Contacts.Count(c => c.Kind == TrialContactKind.Central && c.Role == ContactRole.Contact));

        Assert.Equal(["Lupus Erythematosus", "Stem Cell Transplant"], trial.Conditions.Select(c => c.Condition.Name));
        Assert.Equal("Lupus Erythematosus, Systemic", trial.Conditions[0].Condition.MeshTerm);
        Assert.Null(trial.Conditions[1].Condition.MeshTerm);
        Assert.Contains("Lupus Erythematosus, Systemic", trial.SearchTerms, StringComparison.Ordinal);
        Assert.Contains("mesenchymal stem cells", trial.SearchTerms, StringComparison.Ordinal);
        Assert.False(trial.HasResults);
    }

    [Fact]
    public void A_study_keeps_its_source_record_and_a_stable_hash()
    {
        using var seed = FixtureFiles.ReadSeedTrial();
        var mapper = new CtGovStudyMapper(new EntityResolver());

        var first = mapper.Map(seed.RootElement, ImportedAt).Trial;
        var second = mapper.Map(seed.RootElement, ImportedAt).Trial;

        Assert.Equal(CtGovStudyMapper.SourceName, first.Source);
        Assert.Equal("NCT03562065", first.SourceRecord!.RootElement.GetProperty("protocolSection").GetProperty("identificationModule").GetProperty("nctId").GetString());
        Assert.Matches("^[0-9a-f]{64}$", first.SourceHash);
        Assert.Equal(first.SourceHash, second.SourceHash);
        Assert.Same(first.LeadSponsor, second.LeadSponsor);
        Assert.Equal(ImportedAt, first.CreatedAt);
    }

    [Fact]
    public void Secondary_ids_collaborators_officials_and_results_of_a_real_record_are_mapped()
    {
        using var study = FixtureFiles.ReadJson("ctgov/v2-json/NCT00763412.json");

        var (trial, warnings) = new CtGovStudyMapper(new EntityResolver()).Map(study.RootElement, ImportedAt);

        Assert.Empty(warnings);
        var secondaryId = Assert.Single(trial.SecondaryIds);
        Assert.Equal(("P60DK020579", SecondaryIdType.Nih), (secondaryId.Value, secondaryId.Type));
        Assert.Equal("https://reporter.nih.gov/quickSearch/P60DK020579", secondaryId.Link);

        Assert.Equal(("Arbelaez, Ana Maria", OrganizationClass.Indiv), (trial.LeadSponsor.Name, trial.LeadSponsor.Class));
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.Equal(
            [("Washington University School of Medicine", OrganizationClass.Other), ("National Institutes of Health (NIH)", OrganizationClass.Nih),
             ("Novo Nordisk A/S", OrganizationClass.Industry), ("National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)", OrganizationClass.Nih)],
            trial.Collaborators.OrderBy(c => c.Ordinal).Select(c => (c.Organization.Name, c.Organization.Class)));
        Assert.Equal(ResponsiblePartyType.PrincipalInvestigator, trial.ResponsiblePartyType);
        Assert.Equal("Ana Maria Arbelaez", trial.ResponsibleInvestigator);

        Assert.True(trial.HasResults);
        Assert.Equal(RegistryDate.Day(2017, 6, 5, DateType.Actual), trial.ResultsFirstPostDate);
        Assert.Equal(new RegistryDate(new DateOnly(2006, 11, 1), DatePrecision.Month), trial.StartDate);
        Assert.Equal([Phase.NA], trial.Phases);
        Assert.Equal((31, EnrollmentType.Actual), (trial.EnrollmentCount, trial.EnrollmentType));
        Assert.Equal(DesignMasking.Quadruple, trial.Design.Masking);
        Assert.Equal([WhoMasked.Participant, WhoMasked.CareProvider, WhoMasked.Investigator, WhoMasked.OutcomesAssessor], trial.Design.WhoMasked);

        var official = Assert.Single(trial.Contacts);
        Assert.Equal((TrialContactKind.OverallOfficial, ContactRole.StudyChair, "Washington University School of Medicine"), (official.Kind, official.Role, official.Affiliation));
        Assert.Equal(["Prandin"], trial.Interventions.Single(i => i.Name == "repaglinide").OtherNames);
        Assert.Contains("Repaglinide", trial.Keywords);
        Assert.Equal(38.62727, trial.Locations.Single().Latitude);

        // CT.gov found "Pancreatic Insufficiency" as "Exocrine Pancreatic Insufficiency"; the other condition has no term of its own.
        Assert.Equal("Exocrine Pancreatic Insufficiency", trial.Conditions.Single(c => c.Condition.Name == "Pancreatic Insufficiency").Condition.MeshTerm);
        Assert.Equal("D000010188", trial.Conditions.Single(c => c.Condition.Name == "Pancreatic Insufficiency").Condition.MeshId);
        Assert.Null(trial.Conditions.Single(c => c.Condition.Name == "Cystic Fibrosis Related Diabetes").Condition.MeshTerm);
    }

    [Fact]
    public void An_unknown_status_record_keeps_its_last_known_status_and_an_industry_sponsor_is_not_an_iit()
    {
        using var study = FixtureFiles.ReadJson("ctgov/v2-json/NCT04207047.json");

        var trial = new CtGovStudyMapper(new EntityResolver()).Map(study.RootElement, ImportedAt).Trial;

        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Equal(OverallStatus.ActiveNotRecruiting, trial.LastKnownStatus);
        Assert.Equal(OrganizationClass.Industry, trial.LeadSponsor.Class);
        Assert.False(trial.IsInvestigatorInitiated);
        Assert.Equal("Abdominoplasty", trial.Conditions.Single().Condition.Name);
    }

    [Fact]
    public void Sponsors_are_resolved_through_names_and_aliases_to_one_organization()
    {
        var resolver = new EntityResolver();
        var aphp = resolver.ResolveOrganization("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France");
        resolver.AddAlias(aphp, "AP-HP");
        using var study = FixtureFiles.ReadJson("ctgov/v2-json/NCT06171568.json");
        using var seed = FixtureFiles.ReadSeedTrial();
        var mapper = new CtGovStudyMapper(resolver);

        var observational = mapper.Map(study.RootElement, ImportedAt).Trial;
        var seedTrial = mapper.Map(seed.RootElement, ImportedAt).Trial;

        Assert.Same(aphp, observational.LeadSponsor);
        Assert.Same(aphp, seedTrial.LeadSponsor);
        Assert.Same(aphp, resolver.FindOrganization("ASSISTANCE PUBLIQUE HOPITAUX DE PARIS"));
        Assert.Same(aphp, resolver.FindOrganization("ap-hp"));
        Assert.Equal(StudyType.Observational, observational.StudyType);
        Assert.Equal((ObservationalModel.Cohort, TimePerspective.Prospective), (observational.Design.ObservationalModel, observational.Design.TimePerspective));
        Assert.All(observational.Collaborators, c => Assert.Equal(OrganizationClass.Unknown, c.Organization.Class));

        // "2023-A00386-39" (a French ID-RCB number) has no registry format of its own: it stays OTHER.
        var secondaryId = Assert.Single(observational.SecondaryIds);
        Assert.Equal(("2023-A00386-39", SecondaryIdType.Other, "IDRCB"), (secondaryId.Value, secondaryId.Type, secondaryId.Domain));
        Assert.Equal("01.49.95.81.69 ext. +33", observational.Contacts.First().Phone);
    }

    [Fact]
    public void A_partial_record_maps_with_warnings_for_what_it_lacks()
    {
        using var study = FixtureFiles.ReadJson("ctgov/v2-json/NCT03453554.json");

        var (trial, warnings) = new CtGovStudyMapper(new EntityResolver()).Map(study.RootElement, ImportedAt);

        Assert.Equal("Washington State University", trial.LeadSponsor.Name);
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Contains(warnings, w => w.Field == "statusModule.overallStatus");
        Assert.Contains(warnings, w => w.Field == "designModule.studyType");
        Assert.Contains(warnings, w => w.Field == "sponsorCollaboratorsModule.leadSponsor");
    }

    [Fact]
    public void Unknown_enum_values_become_warnings_not_errors()
    {
        var json = SeedText()
            .Replace("\"PHASE2\"", "\"PHASE5\"", StringComparison.Ordinal)
            .Replace("\"ESTIMATED\"", "\"GUESSED\"", StringComparison.Ordinal);
        using var study = JsonDocument.Parse(json);

        var (trial, warnings) = new CtGovStudyMapper(new EntityResolver()).Map(study.RootElement, ImportedAt);

        Assert.Equal([Phase.Phase1], trial.Phases);
        Assert.Null(trial.EnrollmentType);
        Assert.Equal(new DateOnly(2023, 6, 1), trial.PrimaryCompletionDate?.Date);
        Assert.Null(trial.PrimaryCompletionDate?.Type);
        Assert.Contains(warnings, w => w.Field == "designModule.phases[1]" && w.Message.Contains("PHASE5", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Field == "designModule.enrollmentInfo.type");
    }

    [Fact]
    public void A_study_without_an_nct_id_cannot_be_mapped()
    {
        using var study = JsonDocument.Parse("""{ "protocolSection": { "identificationModule": { "briefTitle": "No id" } } }""");

        Assert.Throws<RecordMappingException>(() => new CtGovStudyMapper(new EntityResolver()).Map(study.RootElement, ImportedAt));
    }

    private static string SeedText()
    {
        using var seed = FixtureFiles.ReadSeedTrial();
        return seed.RootElement.GetRawText();
    }
}
