using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search;

/// <summary>
/// A database with a few hand-made trials whose words, phases and places the search tests reason
/// about, plus 75 plain trials so that paging has pages.
/// </summary>
public sealed class SearchDatabase : PostgresDatabase
{
    public const int PlainTrials = 75;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var aphp = Organization.Create("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France");
        var pharma = Organization.Create("Example Pharma Inc", OrganizationClass.Industry, "United States");
        var lupus = NewCondition("Lupus Nephritis");
        var crohn = NewCondition("Crohn Disease");
        var msc = new Product { Name = "Example MSC", NormalizedName = NameNormalizer.Normalize("Example MSC"), Type = ProductType.CellTherapy };

        var titleMatch = Trial("NCT10000001", "Lupus nephritis treated with cell therapy", aphp, OverallStatus.Recruiting, [Phase.Phase2], 2019, "France");
        titleMatch.Conditions.Add(new TrialCondition { Condition = lupus });
        titleMatch.Interventions.Add(new Intervention { Name = "Example MSC", Type = InterventionType.Biological, Product = msc });

        var descriptionMatch = Trial("NCT10000002", "A kidney function study", pharma, OverallStatus.Completed, [Phase.Phase3], 2015, "United States");
        descriptionMatch.DetailedDescription = "Patients with systemic lupus are followed for kidney outcomes.";
        descriptionMatch.HasResults = true;
        descriptionMatch.SecondaryIds.Add(new TrialSecondaryId { Value = "2015-001234-56", Type = SecondaryIdType.EudractNumber });

        var crohnTrial = Trial("NCT10000003", "Mesenchymal stem cells for Crohn's disease", aphp, OverallStatus.Recruiting, [Phase.Phase1, Phase.Phase2], 2021, "Spain");
        crohnTrial.Conditions.Add(new TrialCondition { Condition = crohn });
        crohnTrial.Interventions.Add(new Intervention { Name = "MSC", Type = InterventionType.Biological, Product = msc });
        crohnTrial.Interventions.Add(new Intervention { Name = "Example MSC, second dose", Type = InterventionType.Biological, Product = msc });

        var heart = Trial("NCT10000004", "Stem cell therapy in heart failure", pharma, OverallStatus.Terminated, [Phase.Phase2], 2012, "France", "Germany");
        heart.WhyStopped = "Slow accrual";

        var vaccine = Trial("NCT10000005", "Arthritis vaccine trial", pharma, OverallStatus.Recruiting, [Phase.Phase1], 2023, "Germany");
        vaccine.Interventions.Add(new Intervention { Name = "Vaccine X", Type = InterventionType.Drug });
        vaccine.HasResults = true;

        db.Trials.AddRange(titleMatch, descriptionMatch, crohnTrial, heart, vaccine);
        for (var i = 0; i < PlainTrials; i++)
        {
            var plain = Trial($"NCT2{i:D7}", $"Observational registry number {i}", i % 2 == 0 ? aphp : pharma,
                i % 3 == 0 ? OverallStatus.Completed : OverallStatus.Recruiting, i % 4 == 0 ? [] : [Phase.Phase4], 2000 + (i % 20), i % 5 == 0 ? "Italy" : "France");
            plain.StudyType = StudyType.Observational;
            plain.EnrollmentCount = i % 7 == 0 ? null : (i * 37) % 500;
            plain.LastUpdatePostDate = i % 6 == 0 ? null : RegistryDate.Day(2020, 1 + (i % 12), 1 + (i % 3));
            db.Trials.Add(plain);
        }

        foreach (var entry in db.ChangeTracker.Entries<Trial>())
        {
            entry.Entity.RefreshDerivedFields();
        }

        await db.SaveChangesAsync();
    }

    private static Condition NewCondition(string name) => new() { Name = name, NormalizedName = NameNormalizer.Normalize(name) };

    private static Trial Trial(string id, string title, Organization sponsor, OverallStatus status, List<Phase> phases, int startYear, params string[] countries)
    {
        var trial = TestTrials.New(id, sponsor, title);
        trial.OverallStatus = status;
        trial.Phases = phases;
        trial.StartDate = RegistryDate.Month(startYear, 3, DateType.Actual);
        trial.Locations = countries.Select(c => new Location { Country = c, City = "Somewhere" }).ToList();
        return trial;
    }
}
