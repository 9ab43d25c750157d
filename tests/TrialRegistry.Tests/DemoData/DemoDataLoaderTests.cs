using Microsoft.EntityFrameworkCore;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.DemoData;

public sealed class DemoDataLoaderTests(DemoDatabase database) : IClassFixture<DemoDatabase>
{
    private const string SeedProduct = "Allogeneic Umbilical Cord derived Mesenchymal Stem Cells";

    [Fact]
    public void The_first_load_adds_the_seed_the_v2_records_and_every_distinct_csv_trial()
    {
        // 1 seed + 7 v2 JSON records + 228 distinct trials in the two CSV files (19 are in both).
        Assert.Equal(236, database.FirstLoad.TrialsAdded);
        Assert.Equal(236, database.FirstLoad.TrialsTotal);
        Assert.True(database.FirstLoad.ProductsAdded >= 9);

        // Every curated link is made: the seed's intervention, 33 CSV trials' interventions (by alias or by hand).
        Assert.Equal(34, database.FirstLoad.InterventionsLinked);
        Assert.True(database.FirstLoad.OrganizationsAdded > 100);
    }

    [Fact]
    public void A_second_load_adds_and_changes_nothing()
    {
        Assert.Equal(0, database.SecondLoad.TrialsAdded);
        Assert.Equal(database.FirstLoad.TrialsTotal, database.SecondLoad.TrialsTotal);
        Assert.Equal(
            (0, 0, 0, 0, 0, 0, 0, 0),
            (database.SecondLoad.OrganizationsAdded, database.SecondLoad.ConditionsAdded, database.SecondLoad.ProductsAdded,
             database.SecondLoad.InterventionsLinked, database.SecondLoad.ClinicalResultsAdded, database.SecondLoad.TranslationalStudiesAdded,
             database.SecondLoad.PatentsAdded, database.SecondLoad.DealsAdded));
        Assert.Equal(database.AfterFirstLoad, database.AfterSecondLoad);
        Assert.Contains(database.AfterFirstLoad, t => t.Key == "trials" && t.Value.StartsWith("236 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_seed_trial_is_stored_as_it_stands_today()
    {
        await using var db = database.CreateContext();
        var trial = await db.Trials.AsNoTracking().AsSplitQuery()
            .Include(t => t.LeadSponsor).ThenInclude(o => o.Aliases)
            .Include(t => t.Interventions).ThenInclude(i => i.Product)
            .Include(t => t.Locations)
            .Include(t => t.Conditions).ThenInclude(c => c.Condition)
            .SingleAsync(t => t.RegistryId == "NCT03562065");

        Assert.Equal((OverallStatus.Unknown, OverallStatus.Recruiting), (trial.OverallStatus, trial.LastKnownStatus));
        Assert.Equal([Phase.Phase1, Phase.Phase2], trial.Phases);
        Assert.Equal(RegistryDate.Day(2019, 9, 11, DateType.Actual), trial.StartDate);
        Assert.Equal((10, EnrollmentType.Estimated), (trial.EnrollmentCount, trial.EnrollmentType));
        Assert.Equal(("MSC-SLE", "P150302"), (trial.Acronym, trial.OrgStudyId));
        Assert.True(trial.IsInvestigatorInitiated);
        Assert.False(trial.IsSynthetic);
        Assert.Equal("ctgov-v2-json", trial.Source);
        Assert.NotNull(trial.SourceRecord);

        Assert.Equal(("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France"),
            (trial.LeadSponsor.Name, trial.LeadSponsor.Class, trial.LeadSponsor.Country));
        Assert.Equal(["AP-HP", "APHP", "Assistance Publique des Hôpitaux de Paris SA"], trial.LeadSponsor.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal));

        var location = Assert.Single(trial.Locations);
        Assert.Equal(("Saint-Louis Hospital", "Paris", "France", RecruitmentStatus.Recruiting, 48.8738, 2.3685),
            (location.Facility, location.City, location.Country, location.Status, location.Latitude, location.Longitude));
        Assert.Equal("Lupus Erythematosus, Systemic", trial.Conditions.Single(c => c.Condition.Name == "Lupus Erythematosus").Condition.MeshTerm);

        var intervention = Assert.Single(trial.Interventions);
        Assert.Equal((InterventionType.Biological, "mesenchymal stem cells", SeedProduct), (intervention.Type, intervention.Name, intervention.Product?.Name));
    }

    [Fact]
    public async Task The_seed_product_has_its_developer_and_linked_records()
    {
        await using var db = database.CreateContext();
        var product = await db.Products.AsNoTracking().Include(p => p.Developers).Include(p => p.Aliases).SingleAsync(p => p.Name == SeedProduct);

        Assert.Equal("Assistance Publique - Hôpitaux de Paris", Assert.Single(product.Developers).Name);
        Assert.Contains(product.Aliases, a => a.Name == "Allogeneic UC-MSC");
        Assert.True(await db.ClinicalResults.CountAsync(r => r.Products.Any(p => p.Id == product.Id)) >= 10);
        Assert.True(await db.ClinicalResults.CountAsync(r => r.Products.Any(p => p.Id == product.Id) && r.Trials.Any(t => t.RegistryId == "NCT03562065")) >= 2);
        Assert.True(await db.TranslationalStudies.CountAsync(s => s.Products.Any(p => p.Id == product.Id)) >= 8);
        Assert.True(await db.Patents.CountAsync(p => p.Products.Any(x => x.Id == product.Id)) >= 6);
        Assert.True(await db.Deals.CountAsync(d => d.Products.Any(p => p.Id == product.Id)) >= 5);
        Assert.True(await db.Deals.AnyAsync(d => d.Parties.Any(p => p.Organization.Name == "University College London")));
        Assert.False(await db.ClinicalResults.AnyAsync(r => !r.IsSynthetic));
    }

    [Fact]
    public async Task Csv_trials_are_linked_to_the_curated_products_and_every_product_has_linked_records()
    {
        await using var db = database.CreateContext();

        var linkedTrials = await db.Trials.CountAsync(t => t.Interventions.Any(i => i.ProductId != null) && t.RegistryId != "NCT03562065");
        var productsWithoutRecords = await db.Products
            .Where(p => !db.ClinicalResults.Any(r => r.Products.Any(x => x.Id == p.Id))
                && !db.TranslationalStudies.Any(s => s.Products.Any(x => x.Id == p.Id))
                && !db.Patents.Any(x => x.Products.Any(y => y.Id == p.Id))
                && !db.Deals.Any(d => d.Products.Any(x => x.Id == p.Id)))
            .Select(p => p.Name)
            .ToListAsync();

        Assert.True(linkedTrials >= 20, $"{linkedTrials} trials linked to products");
        Assert.Empty(productsWithoutRecords);
        Assert.Equal("remestemcel-L", (await db.Interventions.Include(i => i.Product).SingleAsync(i => i.Name == "remestemcel-L")).Product?.Name);
    }
}
