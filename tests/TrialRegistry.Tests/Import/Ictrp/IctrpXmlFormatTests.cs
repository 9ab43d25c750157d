using System.Text;
using TrialRegistry.Import.Sources;
using TrialRegistry.Trials;
using static TrialRegistry.Tests.Import.Csv.FormatReading;

namespace TrialRegistry.Tests.Import.Ictrp;

public sealed class IctrpXmlFormatTests
{
    private const string Portal = "ictrp/portal-export-sample.xml";

    private readonly IctrpXmlFormat format = new();

    [Fact]
    public async Task Every_trial_of_the_portal_export_is_read()
    {
        var items = await ReadFixtureAsync(format, Portal);

        Assert.Equal(65, items.Count);
        var studies = items.Cast<ReadStudy>().ToList();
        Assert.Equal(65, studies.Select(s => s.Mapped.Trial.RegistryId).Distinct().Count());
        Assert.All(studies, s => Assert.Equal(IctrpXmlFormat.FormatName, s.Mapped.Trial.Source));
        Assert.Equal(("portal-export-sample.xml", "trial 1", "NCT06360289"), (studies[0].File, studies[0].Location, studies[0].Mapped.Trial.RegistryId));

        // ClinicalTrials.gov records keep their NCT id, so they meet the same trial from CT.gov's files.
        Assert.Equal(35, studies.Count(s => s.Mapped.Trial.RegistryId.StartsWith("NCT", StringComparison.Ordinal)));
        Assert.Contains(studies, s => s.Mapped.Trial.RegistryId == "EUCTR2021-000037-14-ES");
        Assert.Contains(studies, s => s.Mapped.Trial.RegistryId == "JPRN-jRCT2071210009");
    }

    [Fact]
    public async Task A_clinicaltrials_gov_record_maps_field_by_field_with_its_text_unescaped()
    {
        var study = ByRegistryId(await ReadFixtureAsync(format, Portal))["NCT06360289"];
        var trial = study.Mapped.Trial;

        Assert.Empty(study.Mapped.Warnings);
        Assert.StartsWith("Observational Study of Neurofilament Light Chain (NfL) as a Biomarker", trial.BriefTitle);
        Assert.EndsWith("Including Patients Who Undergo Treatment Change - NeuroFeeL Study", trial.OfficialTitle);
        Assert.Null(trial.Acronym);
        Assert.Equal(OverallStatus.Recruiting, trial.OverallStatus);
        Assert.Equal(StudyType.Observational, trial.StudyType);
        Assert.Empty(trial.Phases);
        Assert.Equal(RegistryDate.Day(2024, 4, 25), trial.StartDate);
        Assert.Null(trial.StartDate!.Type);
        Assert.Equal(new DateOnly(2024, 4, 8), trial.StudyFirstSubmitDate);
        Assert.Equal(500, trial.EnrollmentCount);
        Assert.Equal("Alnylam Pharmaceuticals", trial.LeadSponsor.Name);
        Assert.Empty(trial.Collaborators);
        var secondaryId = Assert.Single(trial.SecondaryIds);
        Assert.Equal(("ALN-TTR-NT-003", SecondaryIdType.Other), (secondaryId.Value, secondaryId.Type));
        Assert.Equal(["France"], trial.Countries);
        Assert.Equal(["Hereditary Amyloidosis, Transthyretin-Related", "Asymptomatic Carrier State"], trial.Conditions.Select(c => c.Condition.Name));
        var intervention = Assert.Single(trial.Interventions);
        Assert.Equal((InterventionType.Other, "Standard of Care"), (intervention.Type, intervention.Name));
        Assert.Equal(2, trial.Outcomes.Count(o => o.Kind == OutcomeKind.Primary));
        Assert.Equal(5, trial.Outcomes.Count(o => o.Kind == OutcomeKind.Secondary));
        Assert.Equal("NfL Levels in Asymptomatic Carriers of a TTR Variant and Symptomatic hATTR Patients With Polyneuropathy at Baseline", trial.Outcomes[0].Measure);
        Assert.Equal((Sex.All, null, null), (trial.Eligibility.Sex, trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge));

        // "&#x0D;&lt;br&gt;" in the file: a CR and an escaped <br>, now one line break; "&lt;45" is text.
        var criteria = trial.Eligibility.Criteria!;
        Assert.StartsWith("Inclusion Criteria:\n\n        - Carrier of a documented pathogenic TTR variant", criteria);
        Assert.Contains("(eGFR) <45 milliliters", criteria);
        Assert.DoesNotContain("<br>", criteria);
        Assert.DoesNotContain("\r", criteria);
        Assert.EndsWith("Currently enrolled in a clinical study for any investigational agent.", criteria);

        var contact = Assert.Single(trial.Contacts);
        Assert.Equal(("Alnylam Clinical Trial Information Line", "clinicaltrials@alnylam.com", "1-877-ALNYLAM", ContactRole.Contact),
            (contact.Name, contact.Email, contact.Phone, contact.Role));

        var record = trial.SourceRecord!.RootElement;
        Assert.Equal("who-ictrp-xml", record.GetProperty("format").GetString());
        Assert.StartsWith("<Trial><Export_date>06/09/2024 16:01:13</Export_date>", record.GetProperty("xml").GetString());
        Assert.Contains("<Source_Support>Please refer to primary and secondary sponsors", record.GetProperty("xml").GetString());
        Assert.Matches("^[0-9a-f]{64}$", trial.SourceHash);
    }

    [Fact]
    public async Task Secondary_sponsors_contacts_designs_and_month_dates_of_clinicaltrials_gov_records()
    {
        var studies = ByRegistryId(await ReadFixtureAsync(format, Portal));

        var penn = studies["NCT05311488"].Mapped.Trial;
        Assert.Equal("University of Pennsylvania", penn.LeadSponsor.Name);
        Assert.Equal(["Ionis Pharmaceuticals, Inc.", "AstraZeneca"], penn.Collaborators.Select(c => c.Organization.Name));
        Assert.Equal(["Chafic Karam, MD", "Brian Drachman", "Sami Khella, MD", "Janice Pieretti, MD"], penn.Contacts.Select(c => c.Name));
        Assert.All(penn.Contacts, c => Assert.Null(c.Email));
        Assert.Equal([InterventionType.DiagnosticTest], penn.InterventionTypes);
        Assert.Equal(("30 Years", "90 Years"), (penn.Eligibility.MinimumAge, penn.Eligibility.MaximumAge));
        Assert.Equal(OverallStatus.Unknown, penn.OverallStatus);
        Assert.Contains(studies["NCT05311488"].Mapped.Warnings, w => w.ToString() == "Recruitment_Status: 'Not recruiting' does not say which ClinicalTrials.gov status it is; UNKNOWN stands in");

        var sao = studies["NCT05087953"].Mapped.Trial;
        Assert.Equal(RegistryDate.Month(2022, 1), sao.StartDate);

        var ionis = studies["NCT04418024"].Mapped.Trial;
        Assert.Equal((DesignAllocation.Randomized, InterventionalAssignment.Parallel, DesignMasking.Triple, PrimaryPurpose.Treatment),
            (ionis.Design.Allocation, ionis.Design.InterventionModel, ionis.Design.Masking, ionis.Design.PrimaryPurpose));
        Assert.Equal([Phase.Phase3], ionis.Phases);
        Assert.Equal(0, ionis.EnrollmentCount);
        Assert.Equal([("2018-004670-10", SecondaryIdType.EudractNumber), ("AG10-333", SecondaryIdType.Other)], ionis.SecondaryIds.Select(s => (s.Value, s.Type)));

        var results = studies["NCT03862807"].Mapped.Trial;
        Assert.True(results.HasResults);
        Assert.Equal(RegistryDate.Day(2021, 12, 21), results.ResultsFirstPostDate);
        Assert.False(studies["NCT06360289"].Mapped.Trial.HasResults);
    }

    [Fact]
    public async Task Eu_ctr_and_ctis_records_read_the_eudract_phase_list_products_and_yes_no_genders()
    {
        var studies = ByRegistryId(await ReadFixtureAsync(format, Portal));

        var euctr = studies["EUCTR2021-000037-14-ES"].Mapped;
        Assert.Equal([Phase.Phase3], euctr.Trial.Phases);
        Assert.Equal(StudyType.Interventional, euctr.Trial.StudyType);
        Assert.Equal(OverallStatus.Unknown, euctr.Trial.OverallStatus);
        Assert.Equal(["Recruitment_Status: 'Authorised' does not say which ClinicalTrials.gov status it is; UNKNOWN stands in"], euctr.Warnings.Select(w => w.ToString()));
        Assert.Equal(Sex.All, euctr.Trial.Eligibility.Sex);
        Assert.Equal(RegistryDate.Day(2021, 7, 1), euctr.Trial.StartDate);
        Assert.Equal(new DateOnly(2021, 6, 9), euctr.Trial.StudyFirstSubmitDate);
        var product = Assert.Single(euctr.Trial.Interventions);
        Assert.Equal((InterventionType.Drug, "Birtamimab"), (product.Type, product.Name));
        Assert.Equal(20, euctr.Trial.Countries.Count);
        Assert.Contains("Korea, Republic of", euctr.Trial.Countries);
        Assert.Equal([("2021-000037-14", SecondaryIdType.EudractNumber), ("NEOD001-301", SecondaryIdType.Other), ("146070", SecondaryIdType.Other)],
            euctr.Trial.SecondaryIds.Select(s => (s.Value, s.Type)));

        var italy = studies["EUCTR2018-002548-10-IT"].Mapped.Trial;
        Assert.Equal(Sex.Male, italy.Eligibility.Sex);

        var ctis = studies["CTIS2023-507385-11-00"].Mapped;
        Assert.Equal([Phase.Phase2, Phase.Phase3], ctis.Trial.Phases);
        Assert.Equal("Medpace Finland Oy", Assert.Single(ctis.Trial.Collaborators).Organization.Name);
        Assert.Equal((InterventionType.Drug, "NTLA-2001"), (ctis.Trial.Interventions[0].Type, ctis.Trial.Interventions[0].Name));
        Assert.Equal([("2023-507385-11-00", SecondaryIdType.Ctis), ("U1111-1296-5487", SecondaryIdType.WhoUtn), ("2022-003405-30", SecondaryIdType.EudractNumber), ("NCT05697861", SecondaryIdType.Other)],
            ctis.Trial.SecondaryIds.Select(s => (s.Value, s.Type)));
        Assert.Equal(("18 Years", null), (ctis.Trial.Eligibility.MinimumAge, ctis.Trial.Eligibility.MaximumAge));
        Assert.Contains(ctis.Warnings, w => w.ToString() == "Inclusion_agemax: '65+' is not an age; left out");
        Assert.Equal("Long-Term Follow-Up of Subjects Treated With NTLA-2001 - ITL-2001-CL-999", ctis.Trial.OfficialTitle);
    }

    [Fact]
    public async Task Chinese_and_japanese_records_read_their_own_wording()
    {
        var studies = ByRegistryId(await ReadFixtureAsync(format, Portal));

        var chictr = studies["ChiCTR2100050713"].Mapped;
        Assert.Equal(100, chictr.Trial.EnrollmentCount);
        Assert.Empty(chictr.Trial.Phases);
        Assert.Equal(
            [
                "Phase: '0' is not a phase ClinicalTrials.gov knows; left out",
                "Target_size: 'control group:50;sepsis group:50;' lists group sizes; their sum 100 is the enrollment",
                "Intervention: free text without intervention types; kept in the source record only",
            ],
            chictr.Warnings.Select(w => w.ToString()));
        Assert.Equal((Sex.All, "18 Years", "90 Years"), (chictr.Trial.Eligibility.Sex, chictr.Trial.Eligibility.MinimumAge, chictr.Trial.Eligibility.MaximumAge));
        Assert.Equal(RegistryDate.Day(2021, 9, 20), chictr.Trial.StartDate);
        Assert.Equal(new DateOnly(2021, 9, 3), chictr.Trial.StudyFirstSubmitDate);
        Assert.Equal(StudyType.Observational, chictr.Trial.StudyType);
        // Outside CT.gov records a ";" may be prose: the outcome text is kept whole.
        Assert.Equal("Apolipoprotein A1;serum amyloid A;", chictr.Trial.Outcomes.Single(o => o.Kind == OutcomeKind.Primary).Measure);

        var jprn = studies["JPRN-jRCT2071210009"].Mapped.Trial;
        Assert.Equal(("20 Years", "82 Years"), (jprn.Eligibility.MinimumAge, jprn.Eligibility.MaximumAge));
        Assert.Equal([Phase.Phase3], jprn.Phases);

        // "Brazil;Japan;Cyprus;Japan;..." holds repeats; each country once.
        Assert.Equal(12, jprn.Countries.Count);
        Assert.Equal([("NCT04136184", SecondaryIdType.Other), ("2019-001698-10", SecondaryIdType.EudractNumber)], jprn.SecondaryIds.Select(s => (s.Value, s.Type)));

        var global = studies["JPRN-jRCT2080224769"].Mapped;
        Assert.Equal(["Japan"], global.Trial.Countries);
        Assert.Contains(global.Warnings, w => w.ToString() == "Countries: 'Asia except Japan' is a region, not a country; left out");

        var umin = studies["JPRN-UMIN000027045"].Mapped;
        Assert.Equal(RegistryDate.Day(2016, 12, 6), umin.Trial.StartDate);
        Assert.Equal(("16 Years", "50 Years"), (umin.Trial.Eligibility.MinimumAge, umin.Trial.Eligibility.MaximumAge));
        Assert.Contains(umin.Warnings, w => w.ToString() == "Phase: 'Not selected' is not a phase ClinicalTrials.gov knows; left out");
    }

    [Fact]
    public async Task The_same_record_exported_again_has_the_same_hash()
    {
        var text = File.ReadAllText(FixtureFiles.PathOf(Portal));
        var first = ByRegistryId(await ReadTextAsync(format, text, "a.xml"));
        var reexported = ByRegistryId(await ReadTextAsync(format, text.Replace("06/09/2024 16:01:13", "07/10/2024 08:00:00", StringComparison.Ordinal), "b.xml"));
        var edited = ByRegistryId(await ReadTextAsync(format, text.Replace("<Target_size>500", "<Target_size>501", StringComparison.Ordinal), "c.xml"));

        Assert.Equal(first["NCT06360289"].Mapped.Trial.SourceHash, reexported["NCT06360289"].Mapped.Trial.SourceHash);
        Assert.NotEqual(first["NCT06360289"].Mapped.Trial.SourceHash, edited["NCT06360289"].Mapped.Trial.SourceHash);
        Assert.Equal(first["NCT05311488"].Mapped.Trial.SourceHash, edited["NCT05311488"].Mapped.Trial.SourceHash);
    }

    [Fact]
    public async Task A_truncated_export_yields_the_whole_trials_then_says_where_it_broke()
    {
        var text = File.ReadAllText(FixtureFiles.PathOf(Portal));
        var cut = text.IndexOf("<TrialID>NCT06414746", StringComparison.Ordinal);
        var items = await ReadTextAsync(format, text[..cut], "truncated.xml");

        Assert.Equal(["NCT06360289", "CTIS2023-507385-11-00", "NCT06365593"], items.OfType<ReadStudy>().Select(s => s.Mapped.Trial.RegistryId));
        var error = Assert.IsType<UnreadableRecord>(items[^1]);
        Assert.Equal(("truncated.xml", "trial 4"), (error.File, error.Location));
        Assert.StartsWith("trial 4: malformed XML (Unexpected end of file", error.Message);
    }

    [Fact]
    public async Task An_empty_file_is_reported()
    {
        var items = await ReadTextAsync(format, string.Empty, "empty.xml");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("empty.xml", "The file is empty: it holds no XML element."), (error.File, error.Message));
    }

    [Fact]
    public async Task A_registry_feed_to_who_is_refused_as_another_format()
    {
        var items = await ReadFixtureAsync(format, "ictrp/registry-feed-opentrials-2010.xml");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(
            "not a WHO ICTRP export: the root element is <trials> (a register's feed to WHO, such as ReBEC's, which this reader does not read), not <Trials_downloaded_from_ICTRP>",
            error.Message);
    }

    [Fact]
    public async Task A_csv_file_given_to_the_xml_reader_is_refused()
    {
        var items = await ReadFixtureAsync(format, "ctgov/classic-csv/mesenchymal whartons jelly.csv");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal("line 1", error.Location);
        Assert.StartsWith("malformed XML (Data at the root level is invalid. Line 1, position 1.)", error.Message);
    }

    [Fact]
    public async Task A_file_not_in_its_declared_encoding_is_reported_with_its_line()
    {
        const string Xml = "<?xml version='1.0' encoding='UTF-8' ?>\n<Trials_downloaded_from_ICTRP>\n<Trial><TrialID>DRKS00000001</TrialID>\n<Public_title>Étude</Public_title></Trial>\n</Trials_downloaded_from_ICTRP>";
        var items = await ReadAsync(format, new MemoryStream(Encoding.Latin1.GetBytes(Xml)), "latin1.xml");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal("trial 1", error.Location);
        Assert.Matches(@"^trial 1: malformed XML \(Invalid character in the given encoding\. Line 4, position 15\.\)$", error.Message);
    }

    [Fact]
    public async Task A_document_type_declaration_is_refused()
    {
        const string Xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><Trials_downloaded_from_ICTRP><Trial><TrialID>&a;</TrialID></Trial></Trials_downloaded_from_ICTRP>";
        var items = await ReadTextAsync(format, Xml, "dtd.xml");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.StartsWith("malformed XML (For security reasons DTD is prohibited", error.Message);
    }

    [Fact]
    public async Task A_trial_without_a_primary_sponsor_is_unreadable_and_names_its_trial()
    {
        const string Xml = "<Trials_downloaded_from_ICTRP><Trial><TrialID>DRKS00000001\n </TrialID><Public_title>A title</Public_title><Primary_sponsor/></Trial></Trials_downloaded_from_ICTRP>";
        var items = await ReadAsync(format, new MemoryStream(Encoding.UTF8.GetBytes(Xml)), "nosponsor.xml");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("trial 1", "DRKS00000001"), (error.Location, error.RegistryId));
        Assert.Equal("DRKS00000001 (trial 1) has no Primary_sponsor.", error.Message);
    }

    [Fact]
    public void Reads_files_whose_root_is_the_portal_export_whatever_their_name()
    {
        var head = File.ReadAllBytes(FixtureFiles.PathOf(Portal)).AsSpan(0, 4096);

        Assert.True(format.CanRead("ICTRP-Results.xml", head));
        Assert.True(format.CanRead(string.Empty, head));
        Assert.False(format.CanRead("feed.xml", File.ReadAllBytes(FixtureFiles.PathOf("ictrp/registry-feed-opentrials-2010.xml")).AsSpan(0, 1000)));
    }
}
