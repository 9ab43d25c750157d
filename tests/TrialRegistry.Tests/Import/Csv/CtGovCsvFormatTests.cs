using System.Text;
using TrialRegistry.Import.Sources;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using static TrialRegistry.Tests.Import.Csv.FormatReading;

namespace TrialRegistry.Tests.Import.Csv;

public sealed class CtGovCsvFormatTests
{
    private const string Classic = "ctgov/classic-csv/mesenchymal whartons jelly.csv";
    private const string Current = "ctgov/current-csv/derived-from-classic-and-seed.csv";

    private readonly CtGovCsvFormat format = new();

    [Fact]
    public async Task A_classic_download_is_read_row_by_row_with_line_numbers()
    {
        var items = await ReadFixtureAsync(format, Classic);

        Assert.Equal(33, items.Count);
        var studies = items.Cast<ReadStudy>().ToList();
        Assert.All(studies, s => Assert.Equal(CtGovCsvFormat.FormatName, s.Mapped.Trial.Source));
        Assert.Equal(("mesenchymal whartons jelly.csv", "line 2", "NCT02963727"), (studies[0].File, studies[0].Location, studies[0].Mapped.Trial.RegistryId));
        Assert.Equal(("line 4", "NCT03751735"), (studies[2].Location, studies[2].Mapped.Trial.RegistryId));
    }

    [Fact]
    public async Task A_current_download_maps_v2_values_dates_and_locations_with_zip()
    {
        var studies = ByRegistryId(await ReadFixtureAsync(format, Current));

        Assert.Equal(5, studies.Count);
        var seed = studies["NCT03562065"].Mapped;
        Assert.Empty(seed.Warnings);
        var trial = seed.Trial;
        Assert.Equal("line 6", studies["NCT03562065"].Location);
        Assert.Equal("Treatment of Refractory Systemic Lupus Erythematosus by Allogeneic Mesenchymal Stem Cells Derived From the Umbilical Cord", trial.BriefTitle);
        Assert.Equal("MSC-SLE", trial.Acronym);
        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Equal(StudyType.Interventional, trial.StudyType);
        Assert.Equal([Phase.Phase1, Phase.Phase2], trial.Phases);
        Assert.Equal(10, trial.EnrollmentCount);
        Assert.StartsWith("Systemic lupus erythematosus (SLE) is a rare", trial.BriefSummary);

        // Last Update Posted 2021-07-08: earlier dates are actual, later ones estimated (as CT.gov flags them).
        Assert.Equal(RegistryDate.Day(2019, 9, 11, DateType.Actual), trial.StartDate);
        Assert.Equal(RegistryDate.Day(2023, 6, 1, DateType.Estimated), trial.PrimaryCompletionDate);
        Assert.Equal(RegistryDate.Day(2024, 6, 1, DateType.Estimated), trial.CompletionDate);
        Assert.Equal(RegistryDate.Day(2018, 6, 19, DateType.Actual), trial.StudyFirstPostDate);
        Assert.Equal(RegistryDate.Day(2021, 7, 8, DateType.Actual), trial.LastUpdatePostDate);
        Assert.Null(trial.ResultsFirstPostDate);

        Assert.Equal(("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other), (trial.LeadSponsor.Name, trial.LeadSponsor.Class));
        Assert.Empty(trial.Collaborators);
        Assert.Equal("P150302", trial.OrgStudyId);
        Assert.Empty(trial.SecondaryIds);
        Assert.Equal(Sex.All, trial.Eligibility.Sex);
        Assert.Equal([StandardAge.Adult, StandardAge.OlderAdult], trial.Eligibility.StandardAges);
        Assert.Equal((DesignAllocation.NA, InterventionalAssignment.SingleGroup, DesignMasking.None, PrimaryPurpose.Treatment),
            (trial.Design.Allocation, trial.Design.InterventionModel, trial.Design.Masking, trial.Design.PrimaryPurpose));
        Assert.Equal(["Lupus Erythematosus", "Stem Cell Transplant"], trial.Conditions.Select(c => c.Condition.Name));
        var intervention = Assert.Single(trial.Interventions);
        Assert.Equal((InterventionType.Biological, "mesenchymal stem cells"), (intervention.Type, intervention.Name));
        Assert.Equal(("Toxicity of allogeneic MSC injection according to CTCAE", OutcomeKind.Primary), (trial.Outcomes[0].Measure, trial.Outcomes[0].Kind));
        Assert.Equal(OutcomeKind.Secondary, trial.Outcomes[1].Kind);
        var location = Assert.Single(trial.Locations);
        Assert.Equal(("Saint-Louis Hospital", "Paris", null, "75010", "France"), (location.Facility, location.City, location.State, location.Zip, location.Country));
        Assert.Equal("NCT03562065", trial.SourceRecord!.RootElement.GetProperty("NCT Number").GetString());
        Assert.Matches("^[0-9a-f]{64}$", trial.SourceHash);
    }

    [Fact]
    public async Task A_current_row_reads_states_eudract_ids_and_month_dates()
    {
        var studies = ByRegistryId(await ReadFixtureAsync(format, Current));

        var kansas = studies["NCT03158896"].Mapped.Trial;
        var location = Assert.Single(kansas.Locations);
        Assert.Equal(("Kansas University Cancer Center", "Kansas City", "Kansas", "United States"), (location.Facility, location.City, location.State, location.Country));
        Assert.Equal(InterventionalAssignment.Sequential, kansas.Design.InterventionModel);

        var proTrans = studies["NCT04896853"].Mapped.Trial;
        Assert.Equal(("NextCell Pharma Ab", OrganizationClass.Industry), (proTrans.LeadSponsor.Name, proTrans.LeadSponsor.Class));
        Assert.False(proTrans.IsInvestigatorInitiated);
        Assert.Equal("Karolinska Trial Alliance", Assert.Single(proTrans.Collaborators).Organization.Name);
        var eudract = Assert.Single(proTrans.SecondaryIds);
        Assert.Equal(("2020-002078-29", SecondaryIdType.EudractNumber), (eudract.Value, eudract.Type));

        var knee = studies["NCT02963727"].Mapped.Trial;
        Assert.Equal(RegistryDate.Month(2021, 10, DateType.Estimated), knee.PrimaryCompletionDate);
    }

    [Fact]
    public async Task The_same_study_from_the_classic_and_the_current_download_maps_to_equal_values()
    {
        var classic = ByRegistryId(await ReadFixtureAsync(format, Classic));
        var current = ByRegistryId(await ReadFixtureAsync(format, Current));

        foreach (var id in new[] { "NCT02963727", "NCT03751735", "NCT04896853", "NCT03158896" })
        {
            var a = classic[id].Mapped.Trial;
            var b = current[id].Mapped.Trial;
            Assert.Empty(current[id].Mapped.Warnings);
            Assert.Equal((a.BriefTitle, a.Acronym, a.OverallStatus, a.StudyType, a.EnrollmentCount, a.HasResults), (b.BriefTitle, b.Acronym, b.OverallStatus, b.StudyType, b.EnrollmentCount, b.HasResults));
            Assert.Equal(a.Phases, b.Phases);
            Assert.Equal((a.StartDate, a.PrimaryCompletionDate, a.CompletionDate), (b.StartDate, b.PrimaryCompletionDate, b.CompletionDate));
            Assert.Equal((a.StudyFirstPostDate, a.ResultsFirstPostDate, a.LastUpdatePostDate), (b.StudyFirstPostDate, b.ResultsFirstPostDate, b.LastUpdatePostDate));
            Assert.Equal((a.LeadSponsor.Name, a.LeadSponsor.Class, a.IsInvestigatorInitiated), (b.LeadSponsor.Name, b.LeadSponsor.Class, b.IsInvestigatorInitiated));
            Assert.Equal(a.Collaborators.Select(c => c.Organization.Name), b.Collaborators.Select(c => c.Organization.Name));
            Assert.Equal(a.OrgStudyId, b.OrgStudyId);
            Assert.Equal(a.SecondaryIds.Select(s => (s.Value, s.Type)), b.SecondaryIds.Select(s => (s.Value, s.Type)));
            Assert.Equal((a.Eligibility.Sex, a.Eligibility.StandardAges.Count), (b.Eligibility.Sex, b.Eligibility.StandardAges.Count));
            Assert.Equal(a.Eligibility.StandardAges, b.Eligibility.StandardAges);
            Assert.Equal((a.Design.Allocation, a.Design.InterventionModel, a.Design.Masking, a.Design.PrimaryPurpose),
                (b.Design.Allocation, b.Design.InterventionModel, b.Design.Masking, b.Design.PrimaryPurpose));
            Assert.Equal(a.Design.WhoMasked, b.Design.WhoMasked);
            Assert.Equal(a.Conditions.Select(c => c.Condition.Name), b.Conditions.Select(c => c.Condition.Name));
            Assert.Equal(a.Interventions.Select(i => (i.Type, i.Name)), b.Interventions.Select(i => (i.Type, i.Name)));

            // The classic download does not say which measure is primary; the texts are the same.
            Assert.Equal(a.Outcomes.Select(o => o.Measure), b.Outcomes.Select(o => o.Measure));
            Assert.Equal(a.Locations.Select(l => (l.Facility, l.City, l.State, l.Country)), b.Locations.Select(l => (l.Facility, l.City, l.State, l.Country)));
            Assert.Equal(a.Countries, b.Countries);
        }
    }

    [Fact]
    public async Task An_unknown_header_is_refused_naming_the_missing_columns()
    {
        var items = await ReadTextAsync(format, "Trial,Name,Status\nX1,Something,Open\n", "other.csv");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("other.csv", "line 1"), (error.File, error.Location));
        Assert.Equal("not a ClinicalTrials.gov CSV download (missing columns NCT Number, Study Title)", error.Message);
    }

    [Fact]
    public async Task A_row_with_an_unbalanced_quote_is_reported_with_its_line_and_the_other_rows_are_read()
    {
        var lines = File.ReadAllLines(FixtureFiles.PathOf(Current));
        Assert.StartsWith("NCT03751735,", lines[2]);

        // The title of the row on line 3 gets a stray quote: the field is not quoted, so CsvHelper flags bad data.
        lines[2] = lines[2].Replace("Efficacy of Wharton Jelly", "Efficacy of \"Wharton Jelly", StringComparison.Ordinal);
        var items = await ReadTextAsync(format, string.Join('\n', lines), "broken.csv");

        var error = Assert.Single(items.OfType<UnreadableRecord>());
        Assert.Equal(("line 3", "NCT03751735"), (error.Location, error.RegistryId));
        Assert.StartsWith("line 3: malformed CSV row", error.Message);
        Assert.Contains("a quote that is not closed or not doubled", error.Message);
        Assert.Equal(["NCT02963727", "NCT04896853", "NCT03158896", "NCT03562065"], items.OfType<ReadStudy>().Select(s => s.Mapped.Trial.RegistryId));
    }

    [Fact]
    public async Task A_quote_left_open_to_the_end_of_the_file_is_reported_for_its_row()
    {
        var text = File.ReadAllText(FixtureFiles.PathOf(Current)) + "NCT09999999,\"A title whose quote never closes,https://clinicaltrials.gov/study/NCT09999999\n";
        var items = await ReadTextAsync(format, text, "open-quote.csv");

        Assert.Equal(["NCT02963727", "NCT03751735", "NCT04896853", "NCT03158896", "NCT03562065"], items.OfType<ReadStudy>().Select(s => s.Mapped.Trial.RegistryId));
        var error = Assert.IsType<UnreadableRecord>(items[^1]);
        // Line 9, not record 7: the seed row's summary spans three lines; locations are lines of the file.
        Assert.Equal(("line 9", "NCT09999999"), (error.Location, error.RegistryId));
        Assert.Equal("line 9: malformed CSV row: 2 fields where the header has 30 and a quote that is not closed or not doubled inside a quoted field", error.Message);
    }

    [Fact]
    public async Task A_row_without_a_sponsor_is_unreadable_and_names_its_trial()
    {
        var header = File.ReadLines(FixtureFiles.PathOf(Current)).First();
        var row = "NCT01234567,A title" + new string(',', header.Count(c => c == ',') - 1);
        var items = await ReadTextAsync(format, $"{header}\n{row}\n", "nosponsor.csv");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("line 2", "NCT01234567"), (error.Location, error.RegistryId));
        Assert.Equal("NCT01234567 (row 2) names no sponsor.", error.Message);
    }

    [Fact]
    public async Task An_empty_file_is_reported()
    {
        var items = await ReadTextAsync(format, string.Empty, "empty.csv");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("empty.csv", "line 1", "The file is empty: it has no header row."), (error.File, error.Location, error.Message));
    }

    [Fact]
    public async Task A_file_in_another_encoding_is_refused()
    {
        var header = File.ReadLines(FixtureFiles.PathOf(Current)).First();
        var latin1 = Encoding.Latin1.GetBytes($"{header}\nNCT01234567,Hôpital trial,,,RECRUITING\n");
        var items = await ReadAsync(format, new MemoryStream(latin1), "latin1.csv");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("latin1.csv", "The file is not UTF-8 text: save it as UTF-8 and import it again."), (error.File, error.Message));
    }

    [Fact]
    public async Task An_ictrp_xml_file_given_to_the_csv_reader_is_refused()
    {
        var items = await ReadFixtureAsync(format, "ictrp/portal-export-sample.xml");

        var error = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal("not a ClinicalTrials.gov CSV download (missing columns NCT Number, Study Title)", error.Message);
    }

    [Fact]
    public void Reads_files_whose_header_names_the_nct_number_whatever_their_name()
    {
        var header = File.ReadAllBytes(FixtureFiles.PathOf(Classic)).AsSpan(0, 400);

        Assert.True(format.CanRead("download.csv", header));
        Assert.True(format.CanRead(string.Empty, header));
        Assert.True(format.CanRead("download.txt", header));
        Assert.False(format.CanRead("other.csv", "Trial,Name\n"u8));
    }
}
