using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;
using TrialRegistry.TrialCounts;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Tests.Organizations;

/// <summary>
/// A small registry where every rule of the organization page has a case. The organization
/// (Hôpital Pipeline) develops Advanced and Unstarted, sponsors trials of Advanced and Early, and
/// collaborates on a trial of Unphased; Advanced reaches Phase 3 only through another sponsor's trial;
/// Other is another organization's product and must never show.
/// </summary>
public sealed class OrganizationPipelineDatabase : PostgresDatabase, IAsyncLifetime
{
    public Organization Organization { get; private set; } = null!;

    public Organization OtherSponsor { get; private set; } = null!;

    public Product Advanced { get; private set; } = null!;

    public Product Early { get; private set; } = null!;

    public Product Unphased { get; private set; } = null!;

    public Product Unstarted { get; private set; } = null!;

    public Product Other { get; private set; } = null!;

    public Condition Lupus { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();

        Organization = Organization.Create("Hôpital Pipeline", OrganizationClass.Other, "France");
        Organization.Aliases.Add(new OrganizationAlias { Name = "HP-X", NormalizedName = NameNormalizer.Normalize("HP-X") });
        OtherSponsor = Organization.Create("Other Sponsor Inc.", OrganizationClass.Industry, "United States");
        var thirdSponsor = Organization.Create("Third Sponsor", OrganizationClass.Industry);

        Advanced = NewProduct("Advanced cells", Organization);
        Early = NewProduct("Early cells");
        Unphased = NewProduct("Unphased device");
        Unstarted = NewProduct("Unstarted cells", Organization);
        Other = NewProduct("Other cells", OtherSponsor);
        Lupus = new Condition { Name = "Lupus Erythematosus, Systemic", NormalizedName = NameNormalizer.Normalize("Lupus Erythematosus, Systemic"), MeshTerm = "Lupus Erythematosus, Systemic" };

        var trials = new[]
        {
            // Advanced: Phase 1/Phase 2 here, Phase 3 at another sponsor, so its highest is Phase 3.
            NewTrial("NCT91000001", Organization, [Phase.Phase1, Phase.Phase2], OverallStatus.Recruiting, RegistryDate.Day(2019, 9, 11, DateType.Actual), Advanced),
            NewTrial("NCT91000002", OtherSponsor, [Phase.Phase3], OverallStatus.Completed, RegistryDate.Month(2015, 2, DateType.Actual), Advanced),

            // Early: Early Phase 1 here and Phase 1 elsewhere: Early Phase 1 ranks below Phase 1.
            NewTrial("NCT91000003", Organization, [Phase.EarlyPhase1], OverallStatus.NotYetRecruiting, RegistryDate.Month(2026, 1, DateType.Estimated), Early),
            NewTrial("NCT91000004", thirdSponsor, [Phase.Phase1], OverallStatus.Completed, null, Early),

            // Unphased: only Not applicable and no phase at all; the organization collaborates.
            NewTrial("NCT91000005", thirdSponsor, [Phase.NA], OverallStatus.Withdrawn, RegistryDate.Day(2019, 1, 1, DateType.Actual), Unphased),
            NewTrial("NCT91000006", thirdSponsor, [], OverallStatus.Recruiting, null, Unphased),

            // Another organization's product, in a trial without the organization.
            NewTrial("NCT91000007", OtherSponsor, [Phase.Phase4], OverallStatus.Completed, null, Other),
        };
        trials[4].Collaborators.Add(new TrialCollaborator { Organization = Organization, Ordinal = 0 });
        trials[0].Conditions.Add(new TrialCondition { Condition = Lupus, Ordinal = 0 });
        trials[1].Conditions.Add(new TrialCondition { Condition = Lupus, Ordinal = 0 });
        trials[6].Conditions.Add(new TrialCondition { Condition = Lupus, Ordinal = 0 });

        await using var db = CreateContext();
        db.AddRange(Advanced, Early, Unphased, Unstarted, Other);
        db.Trials.AddRange(trials);
        db.Patents.Add(new Patent
        {
            PublicationNumber = "WO2019000001A1",
            Title = "Cells",
            Jurisdiction = "WO",
            PublicationDate = new DateOnly(2019, 1, 3),
            Assignees = [Organization],
            Products = [Advanced],
        });
        var deal = new Deal { Title = "Licence of Advanced cells", Date = new DateOnly(2020, 4, 1), Type = DealType.Licensing, Value = 12_500_000m, Currency = "EUR", Products = [Advanced] };
        deal.Parties.Add(new DealParty { Organization = Organization, Role = DealRole.Principal });
        deal.Parties.Add(new DealParty { Organization = OtherSponsor, Role = DealRole.Partner });
        db.Deals.Add(deal);
        await db.SaveChangesAsync();

        // The indexes read stored counts, which the app's job refreshes; here, at once (0027).
        await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);
    }

    private static Product NewProduct(string name, params Organization[] developers)
        => new() { Name = name, NormalizedName = NameNormalizer.Normalize(name), Type = ProductType.CellTherapy, Developers = [.. developers] };

    private static Trial NewTrial(string registryId, Organization sponsor, List<Phase> phases, OverallStatus status, RegistryDate? start, Product product)
    {
        var trial = TestTrials.New(registryId, sponsor, $"Trial {registryId}");
        trial.Phases = phases;
        trial.OverallStatus = status;
        trial.StartDate = start;
        trial.Interventions.Add(new Intervention { Name = product.Name, Type = InterventionType.Biological, Product = product });
        return trial;
    }
}
