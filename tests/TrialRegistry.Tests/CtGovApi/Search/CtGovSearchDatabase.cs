using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Organizations;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.CtGovApi.Search;

/// <summary>
/// Four trials whose words, places, dates and numbers the CT.gov parameter tests reason about:
/// A (lupus, Paris, phase 2, recruiting), B (kidney, near Bethesda, completed), C (observational,
/// Lyon, no dates or enrollment) and D (the registry's own TRG- id, phase 1/2).
/// </summary>
public sealed class CtGovSearchDatabase : PostgresDatabase
{
    public const string A = "NCT10000001";
    public const string B = "NCT10000002";
    public const string C = "NCT10000003";
    public const string D = "TRG-000001";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var aphp = Organization.Create("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France");
        var pharma = Organization.Create("Example Pharma Inc", OrganizationClass.Industry, "United States");

        var a = TestTrials.New(A, aphp, "Lupus nephritis treated with cell therapy");
        a.Acronym = "LUCT";
        a.OrgStudyId = "APHP-123";
        a.Phases = [Phase.Phase2];
        a.StartDate = RegistryDate.Day(2021, 3, 1, DateType.Actual);
        a.LastUpdatePostDate = RegistryDate.Day(2024, 5, 1, DateType.Actual);
        a.EnrollmentCount = 40;
        a.Conditions.Add(new TrialCondition { Condition = NewCondition("Lupus Nephritis") });
        a.Interventions.Add(new Intervention { Name = "Example MSC", Type = InterventionType.Biological });
        a.Outcomes.Add(new Outcome { Kind = OutcomeKind.Primary, Measure = "Proteinuria at week 12" });
        a.Collaborators.Add(new TrialCollaborator { Organization = pharma });
        a.SecondaryIds.Add(new TrialSecondaryId { Value = "2015-001234-56", Type = SecondaryIdType.EudractNumber });
        a.Locations.Add(new Location { Facility = "Hôpital Saint-Louis", City = "Paris", Country = "France", Latitude = 48.8566, Longitude = 2.3522 });

        var b = TestTrials.New(B, pharma, "A kidney function study");
        b.OverallStatus = OverallStatus.Completed;
        b.Phases = [Phase.Phase3];
        b.StartDate = RegistryDate.Month(2015, 6, DateType.Actual);
        b.LastUpdatePostDate = RegistryDate.Day(2020, 1, 10, DateType.Actual);
        b.EnrollmentCount = 200;
        b.HasResults = true;
        b.Conditions.Add(new TrialCondition { Condition = NewCondition("Chronic Kidney Disease") });
        b.Interventions.Add(new Intervention { Name = "Drug Y", Type = InterventionType.Drug });
        b.Locations.Add(new Location { Facility = "Clinical Center", City = "Rockville", State = "Maryland", Country = "United States", Latitude = 39.084, Longitude = -77.1528 });

        var c = TestTrials.New(C, aphp, "An observational cohort of adults");
        c.OverallStatus = OverallStatus.NotYetRecruiting;
        c.StudyType = StudyType.Observational;
        c.Phases = [];
        c.StartDate = null;
        c.Locations.Add(new Location { City = "Lyon", Country = "France", Latitude = 45.764, Longitude = 4.8357 });
        c.Locations.Add(new Location { City = "Somewhere", Country = "France" });

        var d = TestTrials.New(D, pharma, "Heart failure registry");
        d.StartDate = RegistryDate.Month(2023, 1, DateType.Estimated);
        d.EnrollmentCount = 10;

        db.Trials.AddRange(a, b, c, d);
        foreach (var trial in new[] { a, b, c, d })
        {
            trial.RefreshDerivedFields();
        }

        await db.SaveChangesAsync();
    }

    private static Condition NewCondition(string name) => new() { Name = name, NormalizedName = NameNormalizer.Normalize(name) };
}
