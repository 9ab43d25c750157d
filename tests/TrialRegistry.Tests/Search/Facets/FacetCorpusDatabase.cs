using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>
/// A generated corpus for comparing the facet index with SQL: <see cref="Trials"/> trials with random
/// statuses, phases (some none), study types, 1–3 of 14 conditions, 0–2 of 6 products (sometimes
/// twice in one trial), intervention types, 10 sponsors of 5 classes, 0–3 of 9 countries, results,
/// start years (some missing), and titles from a small vocabulary, so that text, filters and facets
/// overlap in every way. Deterministic for its seed.
/// </summary>
public class FacetCorpusDatabase : PostgresDatabase
{
    public const int Trials = 400;

    public static readonly string[] Words = ["lupus", "cancer", "heart", "kidney", "vaccine", "stem", "cell", "pain", "asthma", "sleep"];

    public static readonly string[] CountryNames = ["France", "Germany", "United States", "Spain", "Italy", "Japan", "Brazil", "Côte d'Ivoire", "Åland"];

    public IReadOnlyList<int> ConditionIds { get; private set; } = [];

    public IReadOnlyList<int> ProductIds { get; private set; } = [];

    public IReadOnlyList<int> SponsorIds { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var random = new Random(20261207);
        T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
        List<T> Some<T>(IReadOnlyList<T> values, int min, int max)
            => values.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToList();

        await using var db = CreateContext();
        var classes = new[] { OrganizationClass.Industry, OrganizationClass.Other, OrganizationClass.Nih, OrganizationClass.Network, OrganizationClass.OtherGov };
        var sponsors = Enumerable.Range(1, 10).Select(i => Organization.Create($"Corpus Sponsor {i}", classes[i % classes.Length], "France")).ToList();
        var conditions = Enumerable.Range(1, 14)
            .Select(i => new Condition { Name = $"Corpus condition {i}", NormalizedName = NameNormalizer.Normalize($"Corpus condition {i}") }).ToList();
        var products = Enumerable.Range(1, 6)
            .Select(i => new Product { Name = $"Corpus product {i}", NormalizedName = NameNormalizer.Normalize($"Corpus product {i}"), Type = ProductType.SmallMolecule }).ToList();
        var statuses = Enum.GetValues<OverallStatus>();
        var interventionTypes = Enum.GetValues<InterventionType>();

        for (var i = 0; i < Trials; i++)
        {
            var title = string.Join(' ', Some(Words, 1, 3)) + $" study {i}";
            var trial = TestTrials.New($"NCT3{i:D7}", Pick(sponsors), title);
            trial.OverallStatus = Pick(statuses);
            trial.StudyType = Pick(Enum.GetValues<StudyType>());
            trial.Phases = Some(Enum.GetValues<Phase>(), 0, 2);
            trial.HasResults = random.Next(4) == 0;
            trial.StartDate = random.Next(8) == 0 ? null : RegistryDate.Month(2010 + random.Next(12), 1 + random.Next(12), DateType.Actual);
            trial.Locations = Some(CountryNames, 0, 3).Select(c => new Location { Country = c, City = "Somewhere" }).ToList();
            foreach (var condition in Some(conditions, 1, 3))
            {
                trial.Conditions.Add(new TrialCondition { Condition = condition });
            }

            foreach (var product in Some(products, 0, 2))
            {
                trial.Interventions.Add(new Intervention { Name = product.Name, Type = Pick(interventionTypes), Product = product });
                if (random.Next(5) == 0)
                {
                    trial.Interventions.Add(new Intervention { Name = product.Name + ", second dose", Type = Pick(interventionTypes), Product = product });
                }
            }

            if (random.Next(3) == 0)
            {
                trial.Interventions.Add(new Intervention { Name = "Placebo", Type = Pick(interventionTypes) });
            }

            // Words in the summary and description too, and sort keys with ties and gaps, so that
            // relevance tiers and keyset paging have something to order.
            trial.BriefSummary = random.Next(3) == 0 ? null : string.Join(' ', Some(Words, 1, 3)) + " summary";
            trial.DetailedDescription = random.Next(2) == 0 ? null : "We study " + string.Join(" and ", Some(Words, 1, 3)) + " in the clinic";
            trial.LastUpdatePostDate = random.Next(6) == 0 ? null : RegistryDate.Day(2020 + random.Next(3), 1 + random.Next(12), 1 + random.Next(2));
            trial.EnrollmentCount = random.Next(5) == 0 ? null : random.Next(0, 40) * 10;

            trial.RefreshDerivedFields();
            db.Trials.Add(trial);
        }

        await db.SaveChangesAsync();
        ConditionIds = conditions.Select(c => c.Id).ToList();
        ProductIds = products.Select(p => p.Id).ToList();
        SponsorIds = sponsors.Select(s => s.Id).ToList();
    }
}
