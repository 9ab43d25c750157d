using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import;

public sealed class ClassicCsvMapperTests
{
    private const string WhartonsJelly = "ctgov/classic-csv/mesenchymal whartons jelly.csv";
    private static readonly DateTimeOffset ImportedAt = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly string Header = string.Join(",", new[]
    {
        "Rank", "NCT Number", "Title", "Acronym", "Status", "Study Results", "Conditions", "Interventions", "Outcome Measures",
        "Sponsor/Collaborators", "Gender", "Age", "Phases", "Enrollment", "Funded Bys", "Study Type", "Study Designs", "Other IDs",
        "Start Date", "Primary Completion Date", "Completion Date", "First Posted", "Results First Posted", "Last Update Posted",
        "Locations", "Study Documents", "URL",
    }.Select(c => $"\"{c}\""));

    [Fact]
    public void Every_row_of_a_real_download_maps_without_warnings()
    {
        var rows = ReadRows(File.ReadAllText(FixtureFiles.PathOf(WhartonsJelly)));
        var mapper = new ClassicCsvMapper(new EntityResolver());

        var mapped = rows.Select(r => mapper.Map(r, ImportedAt)).ToList();

        Assert.Equal(33, mapped.Count);
        Assert.Empty(mapped.SelectMany(m => m.Warnings.Select(w => $"{m.Trial.RegistryId} {w}")));
        Assert.All(mapped, m => Assert.Equal(ClassicCsvMapper.SourceName, m.Trial.Source));
    }

    [Fact]
    public void A_row_maps_dates_with_their_precision_and_derived_actual_or_estimated_type()
    {
        var trial = MapReal("NCT02963727");

        Assert.Equal("Use of Wharton Jelly Derived Mesenchymal Stem Cells for Knee Osteoarthrosis", trial.BriefTitle);
        Assert.Equal(OverallStatus.Recruiting, trial.OverallStatus);

        // Last Update Posted is April 28, 2021: dates up to it are actual, later ones estimated.
        Assert.Equal(RegistryDate.Day(2017, 1, 27, DateType.Actual), trial.StartDate);
        Assert.Equal(RegistryDate.Month(2021, 10, DateType.Estimated), trial.PrimaryCompletionDate);
        Assert.Equal(DatePrecision.Month, trial.CompletionDate?.Precision);
        Assert.Equal(RegistryDate.Day(2016, 11, 15, DateType.Actual), trial.StudyFirstPostDate);
        Assert.Equal(RegistryDate.Day(2021, 4, 28, DateType.Actual), trial.LastUpdatePostDate);

        Assert.Equal([Phase.Phase1], trial.Phases);
        Assert.Equal(10, trial.EnrollmentCount);
        Assert.Null(trial.EnrollmentType);
        Assert.Equal(("42 Years", "75 Years"), (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge));
        Assert.Equal([StandardAge.Adult, StandardAge.OlderAdult], trial.Eligibility.StandardAges);
        Assert.Equal(Sex.All, trial.Eligibility.Sex);
        Assert.Equal((DesignAllocation.NA, InterventionalAssignment.SingleGroup, DesignMasking.None, PrimaryPurpose.Treatment),
            (trial.Design.Allocation, trial.Design.InterventionModel, trial.Design.Masking, trial.Design.PrimaryPurpose));

        Assert.Equal(("Hanan Jafar", OrganizationClass.Other), (trial.LeadSponsor.Name, trial.LeadSponsor.Class));
        Assert.Equal("University of Jordan", Assert.Single(trial.Collaborators).Organization.Name);
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.Equal("AlloKneeUJCTC", trial.OrgStudyId);
        Assert.Empty(trial.SecondaryIds);

        var intervention = Assert.Single(trial.Interventions);
        Assert.Equal((InterventionType.Biological, "Wharton Jelly derived mesenchymal stem cell"), (intervention.Type, intervention.Name));
        Assert.Equal(2, trial.Outcomes.Count);
        var location = Assert.Single(trial.Locations);
        Assert.Equal(("Cell Therapy Center", "Amman", null, "Jordan"), (location.Facility, location.City, location.State, location.Country));
        Assert.Equal("Knee Osteoarthrosis", Assert.Single(trial.Conditions).Condition.Name);
        Assert.Equal("NCT02963727", trial.SourceRecord!.RootElement.GetProperty("NCT Number").GetString());
        Assert.Matches("^[0-9a-f]{64}$", trial.SourceHash);
    }

    [Fact]
    public void Phase_1_slash_2_is_both_phases_and_a_single_masking_lists_who_is_masked()
    {
        var trial = MapReal("NCT03751735");

        Assert.Equal([Phase.Phase1, Phase.Phase2], trial.Phases);
        Assert.Equal(Sex.Male, trial.Eligibility.Sex);

        var masked = MapReal("NCT04625738");
        Assert.Equal(DesignMasking.Quadruple, masked.Design.Masking);
        Assert.Equal([WhoMasked.Participant, WhoMasked.CareProvider, WhoMasked.Investigator, WhoMasked.OutcomesAssessor], masked.Design.WhoMasked);
        Assert.Equal(("18 Years", null), (masked.Eligibility.MinimumAge, masked.Eligibility.MaximumAge));
    }

    [Fact]
    public void EudraCT_numbers_among_other_ids_are_classified()
    {
        var alone = MapReal("NCT04625738");
        Assert.Equal("2020-002772-12", alone.OrgStudyId);
        Assert.Equal(("2020-002772-12", SecondaryIdType.EudractNumber), Single(alone.SecondaryIds));

        var second = MapReal("NCT03798353");
        Assert.Equal("ICOR-2016-02", second.OrgStudyId);
        Assert.Equal(("2018-001964-49", SecondaryIdType.EudractNumber), Single(second.SecondaryIds));
        Assert.Equal(InterventionType.CombinationProduct, second.Interventions[0].Type);
        Assert.StartsWith("PeriCord: Expanded", second.Interventions[0].Name, StringComparison.Ordinal);
        Assert.Equal(("Hospital Universitari Germans Trias i Pujol", "Badalona", "Barcelona", "Spain"),
            (second.Locations[0].Facility, second.Locations[0].City, second.Locations[0].State, second.Locations[0].Country));

        static (string, SecondaryIdType) Single(List<TrialSecondaryId> ids) => (Assert.Single(ids).Value, ids[0].Type);
    }

    [Fact]
    public void Funded_bys_give_each_sponsor_its_class()
    {
        var trial = MapReal("NCT04896853");

        Assert.Equal(("NextCell Pharma Ab", OrganizationClass.Industry), (trial.LeadSponsor.Name, trial.LeadSponsor.Class));
        Assert.False(trial.IsInvestigatorInitiated);
        Assert.Equal(OrganizationClass.Other, Assert.Single(trial.Collaborators).Organization.Class);
        Assert.Equal("Department of Cardiology, Respiratory medicine and Physiology, Örebro University Hospital", trial.Locations[0].Facility);
        Assert.Equal(("Örebro", null, "Sweden"), (trial.Locations[0].City, trial.Locations[0].State, trial.Locations[0].Country));
    }

    [Fact]
    public void When_classes_do_not_line_up_with_sponsors_names_decide_between_the_listed_classes()
    {
        var classes = ClassicCsvValues.SponsorClasses(
            ["Emory University", "The Marcus Foundation", "Ossium Health, Inc."],
            [OrganizationClass.Other, OrganizationClass.Industry]);

        Assert.Equal([OrganizationClass.Other, OrganizationClass.Other, OrganizationClass.Industry], classes);
    }

    [Fact]
    public void An_unknown_status_row_has_no_last_known_status_and_a_month_date_keeps_month_precision()
    {
        var csv = Header + "\n" + """
            1,"NCT09999901","Umbilical Cord MSC for Knee Osteoarthritis",,"Unknown status","No Results Available","Osteoarthritis, Knee","Biological: UC-MSC","WOMAC","Example Hospital","All","18 Years to 75 Years   (Adult, Older Adult)","Phase 1|Phase 2","20","Other","Interventional","Allocation: Randomized|Intervention Model: Parallel Assignment|Masking: Single (Outcomes Assessor)|Primary Purpose: Treatment","EX-01|ISRCTN12345678|U1111-1169-2289","March 2015","December 2016","March 2017","April 2, 2015",,"June 5, 2016","Example Hospital, Lyon, France",,"https://ClinicalTrials.gov/show/NCT09999901"
            """;

        var (trial, warnings) = new ClassicCsvMapper(new EntityResolver()).Map(Assert.Single(ReadRows(csv)), ImportedAt);

        Assert.Empty(warnings);
        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Null(trial.LastKnownStatus);
        Assert.Equal(RegistryDate.Month(2015, 3, DateType.Actual), trial.StartDate);
        Assert.Equal(DatePrecision.Month, trial.StartDate!.Precision);
        Assert.Equal(RegistryDate.Month(2016, 12, DateType.Estimated), trial.PrimaryCompletionDate);
        Assert.Equal([Phase.Phase1, Phase.Phase2], trial.Phases);
        Assert.Equal([WhoMasked.OutcomesAssessor], trial.Design.WhoMasked);
        Assert.Equal([("ISRCTN12345678", SecondaryIdType.Isrctn), ("U1111-1169-2289", SecondaryIdType.WhoUtn)],
            trial.SecondaryIds.Select(s => (s.Value, s.Type)));
        Assert.Equal(("Example Hospital", "Lyon", "France"), (trial.Locations[0].Facility, trial.Locations[0].City, trial.Locations[0].Country));
        Assert.Equal(["Osteoarthritis, Knee"], trial.Conditions.Select(c => c.Condition.Name));
    }

    [Fact]
    public void Unknown_labels_become_warnings()
    {
        var csv = Header + "\n" + """
            1,"NCT09999902","A trial",,"Paused","No Results Available","X","Potion: elixir","Y","Example Hospital","All","",Phase 7,"",Other,"Interventional","Allocation: Sometimes",,"Someday",,,,,,"",,""
            """;

        var (trial, warnings) = new ClassicCsvMapper(new EntityResolver()).Map(Assert.Single(ReadRows(csv)), ImportedAt);

        Assert.Equal(OverallStatus.Unknown, trial.OverallStatus);
        Assert.Equal(InterventionType.Other, trial.Interventions.Single().Type);
        Assert.Equal("Potion: elixir", trial.Interventions.Single().Name);
        Assert.Empty(trial.Phases);
        Assert.Equal(
            new[] { ClassicCsvColumns.Interventions, ClassicCsvColumns.Phases, ClassicCsvColumns.StartDate, ClassicCsvColumns.Status, ClassicCsvColumns.StudyDesigns },
            warnings.Select(w => w.Field).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_without_the_required_columns_is_refused()
        => Assert.Throws<InvalidDataException>(() => ReadRows("\"Name\",\"Value\"\n\"a\",\"b\"\n"));

    private static Trial MapReal(string nctId)
    {
        var row = ReadRows(File.ReadAllText(FixtureFiles.PathOf(WhartonsJelly))).Single(r => r.NctId == nctId);
        var (trial, warnings) = new ClassicCsvMapper(new EntityResolver()).Map(row, ImportedAt);
        Assert.Empty(warnings);
        return trial;
    }

    private static List<ClassicCsvRow> ReadRows(string csv)
    {
        using var reader = new StringReader(csv);
        return ClassicCsvRow.ReadAll(reader).ToList();
    }
}
