using TrialRegistry.Common;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;
using TrialRegistry.TrialCounts;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Tests.Products;

/// <summary>
/// A small registry built so that every rule of the product page's counts and filter has a case: a trial
/// the organization only collaborates on, a trial with two interventions of the product, phases stored
/// in either order, undated records, a patent dated only by its filing, a party with two roles in one
/// deal, and records of another product that must never be counted.
/// </summary>
public sealed class ProductRecordsDatabase : PostgresDatabase, IAsyncLifetime
{
    public Product Product { get; private set; } = null!;

    public Product OtherProduct { get; private set; } = null!;

    public Organization Developer { get; private set; } = null!;

    public Organization Sponsor { get; private set; } = null!;

    public Organization Collaborator { get; private set; } = null!;

    public Organization Assignee { get; private set; } = null!;

    public Organization Partner { get; private set; } = null!;

    public Organization Unrelated { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();

        Developer = Organization.Create("Hôpital Développeur", OrganizationClass.Other, "France");
        Sponsor = Organization.Create("Second Sponsor", OrganizationClass.Industry);
        Collaborator = Organization.Create("Collaborating University", OrganizationClass.Other);
        Assignee = Organization.Create("Assignee Corp", OrganizationClass.Industry);
        Partner = Organization.Create("Partner Pharma", OrganizationClass.Industry);
        Unrelated = Organization.Create("Unrelated Biotech", OrganizationClass.Industry);

        Product = NewProduct("Cellules souches allogéniques", ProductType.CellTherapy, Developer, "Allo-UC-MSC (Hôpitaux)", "Cord cells");
        OtherProduct = NewProduct("Other Antibody", ProductType.Antibody, Unrelated, "OA-1");

        var started2019 = Trial("NCT90000001", Developer, [Phase.Phase1, Phase.Phase2], OverallStatus.Recruiting, RegistryDate.Day(2019, 3, 1), Product);
        var collaborated = Trial("NCT90000002", Sponsor, [Phase.Phase2, Phase.Phase1], OverallStatus.Unknown, RegistryDate.Month(2021, 6), Product);
        collaborated.Collaborators.Add(new TrialCollaborator { Organization = Collaborator, Ordinal = 0 });
        var undated = Trial("NCT90000003", Developer, [], OverallStatus.Completed, null, Product, Product);
        var otherProducts = Trial("NCT90000004", Developer, [Phase.Phase3], OverallStatus.Completed, RegistryDate.Day(2015, 1, 1), OtherProduct);

        await using var db = CreateContext();
        db.AddRange(Product, OtherProduct);
        db.Trials.AddRange(started2019, collaborated, undated, otherProducts);
        db.ClinicalResults.AddRange(
            new ClinicalResult { Title = "Result with the developer and the collaborator", Source = ClinicalResultSource.Publication, Date = new DateOnly(2019, 5, 1), Products = [Product], Organizations = [Developer, Collaborator], Trials = [started2019] },
            new ClinicalResult { Title = "Undated result of the assignee", Source = ClinicalResultSource.Conference, Products = [Product], Organizations = [Assignee] },
            new ClinicalResult { Title = "Result of the other product", Products = [OtherProduct], Organizations = [Developer], Date = new DateOnly(2019, 1, 1) });
        db.TranslationalStudies.AddRange(
            new TranslationalStudy { Title = "Study of the developer", Date = new DateOnly(2020, 2, 1), Products = [Product], Organizations = [Developer] },
            new TranslationalStudy { Title = "Study of both products by the collaborator", Date = new DateOnly(2020, 9, 1), Products = [Product, OtherProduct], Organizations = [Collaborator] },
            new TranslationalStudy { Title = "Study of the other product", Date = new DateOnly(2020, 9, 1), Products = [OtherProduct], Organizations = [Developer] });
        db.Patents.AddRange(
            new Patent { PublicationNumber = "WO2021000001A1", Title = "Published patent", Jurisdiction = "WO", PublicationDate = new DateOnly(2021, 1, 7), FilingDate = new DateOnly(2020, 1, 7), Products = [Product], Assignees = [Developer, Assignee] },
            new Patent { PublicationNumber = "FR3000002A1", Title = "Filed application", Jurisdiction = "FR", FilingDate = new DateOnly(2018, 4, 2), Products = [Product], Assignees = [Assignee] },
            new Patent { PublicationNumber = "EP4000003A1", Title = "Patent of the other product", Jurisdiction = "EP", PublicationDate = new DateOnly(2021, 1, 7), Products = [OtherProduct], Assignees = [Developer] });
        db.Deals.AddRange(
            new Deal { Title = "Licence to the partner", Date = new DateOnly(2022, 3, 1), Type = DealType.Licensing, Value = 12_500_000m, Currency = "EUR", Products = [Product], Parties = [new DealParty { Organization = Developer, Role = DealRole.Principal }, new DealParty { Organization = Partner, Role = DealRole.Partner }] },
            new Deal { Title = "Partner on both sides", Date = new DateOnly(2023, 3, 1), Type = DealType.Collaboration, Products = [Product], Parties = [new DealParty { Organization = Partner, Role = DealRole.Principal }, new DealParty { Organization = Partner, Role = DealRole.Partner }] },
            new Deal { Title = "Deal of the other product", Date = new DateOnly(2023, 3, 1), Products = [OtherProduct], Parties = [new DealParty { Organization = Developer, Role = DealRole.Principal }] });
        await db.SaveChangesAsync();

        // The indexes read stored counts, which the app's job refreshes; here, at once (0027).
        await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);
    }

    private static Product NewProduct(string name, ProductType type, Organization developer, params string[] aliases)
        => new()
        {
            Name = name,
            NormalizedName = NameNormalizer.Normalize(name),
            Type = type,
            Developers = [developer],
            Aliases = aliases.Select(a => new ProductAlias { Name = a, NormalizedName = NameNormalizer.Normalize(a) }).ToList(),
        };

    private static Trial Trial(string registryId, Organization sponsor, List<Phase> phases, OverallStatus status, RegistryDate? start, params Product[] products)
    {
        var trial = TestTrials.New(registryId, sponsor, $"Trial {registryId}");
        trial.Phases = phases;
        trial.OverallStatus = status;
        trial.StartDate = start;
        trial.Interventions = products
            .Select((product, i) => new Intervention { Ordinal = i, Type = InterventionType.Biological, Name = $"{product.Name} {i}", Product = product })
            .ToList();
        return trial;
    }
}
