using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Pages.Organizations;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Tests.Organizations;

/// <summary>The organization page's and the organizations index's queries on real PostgreSQL (OrganizationPipelineDatabase).</summary>
public sealed class OrganizationQueriesTests(OrganizationPipelineDatabase data) : IClassFixture<OrganizationPipelineDatabase>
{
    [Fact]
    public async Task The_pipeline_lists_developed_and_tested_products_at_the_highest_phase_of_their_trials()
    {
        await using var db = data.CreateContext();

        var pipeline = await GetOrganizationPipeline.QueryAsync(db, data.Organization.Id, CancellationToken.None);

        // Furthest along first; products without a phased trial last, by name. Other (another organization's) never shows.
        Assert.Equal(
            [
                new BrowsePipelineRow(data.Advanced.Id, "Advanced cells", data.Advanced.Type, Phase.Phase3, TrialCount: 2, IsDeveloper: true, ScopeTrialCount: 1),
                new BrowsePipelineRow(data.Early.Id, "Early cells", data.Early.Type, Phase.Phase1, TrialCount: 2, IsDeveloper: false, ScopeTrialCount: 1),
                new BrowsePipelineRow(data.Unphased.Id, "Unphased device", data.Unphased.Type, null, TrialCount: 2, IsDeveloper: false, ScopeTrialCount: 1),
                new BrowsePipelineRow(data.Unstarted.Id, "Unstarted cells", data.Unstarted.Type, null, TrialCount: 0, IsDeveloper: true, ScopeTrialCount: 0),
            ],
            pipeline);
    }

    [Theory]
    [InlineData(new[] { Phase.Phase1, Phase.Phase2 }, Phase.Phase2)]
    [InlineData(new[] { Phase.Phase2, Phase.Phase1 }, Phase.Phase2)]
    [InlineData(new[] { Phase.Phase2, Phase.Phase3 }, Phase.Phase3)]
    [InlineData(new[] { Phase.EarlyPhase1 }, Phase.EarlyPhase1)]
    [InlineData(new[] { Phase.NA, Phase.Phase4 }, Phase.Phase4)]
    [InlineData(new[] { Phase.NA }, null)]
    [InlineData(new Phase[0], null)]
    public async Task A_products_stage_is_the_highest_phase_of_its_trial_and_not_applicable_counts_for_nothing(Phase[] phases, Phase? expected)
    {
        // Written in a transaction that is rolled back, so the other tests' registry stays as it is.
        await using var db = data.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var sponsor = Organization.Create("Rank Sponsor", OrganizationClass.Other);
        var product = new TrialRegistry.Products.Product { Name = "Ranked", NormalizedName = "ranked", Developers = [sponsor] };
        var trial = TrialRegistry.Testing.TestTrials.New("NCT91999999", sponsor);
        trial.Phases = [.. phases];
        trial.Interventions.Add(new Intervention { Name = "Ranked", Type = InterventionType.Biological, Product = product });
        db.Trials.Add(trial);
        await db.SaveChangesAsync();

        var pipeline = await GetOrganizationPipeline.QueryAsync(db, sponsor.Id, CancellationToken.None);

        Assert.Equal(expected, Assert.Single(pipeline).HighestPhase);
    }

    [Fact]
    public async Task The_page_counts_its_trials_by_role_and_lists_its_patents_and_deals()
    {
        await using var db = data.CreateContext();

        var details = await GetOrganizationDetails.QueryAsync(db, data.Organization.Id, CancellationToken.None);

        Assert.NotNull(details);
        Assert.Equal(2, details.LeadTrialCount);
        Assert.Equal(1, details.CollaboratorTrialCount);
        Assert.Equal(["HP-X"], details.Aliases);
        var patent = Assert.Single(details.Patents.Rows);
        Assert.Equal("WO2019000001A1", patent.PublicationNumber);
        Assert.Equal([new BrowseProductLink(data.Advanced.Id, "Advanced cells")], patent.Products);
        var deal = Assert.Single(details.Deals.Rows);
        Assert.Equal([TrialRegistry.LinkedRecords.DealRole.Principal], deal.Roles);
        Assert.Equal([new OrganizationLink(data.OtherSponsor.Id, "Other Sponsor Inc.")], deal.OtherParties);
    }

    [Fact]
    public async Task Its_charts_count_every_trial_it_leads_or_collaborates_on_once()
    {
        await using var db = data.CreateContext();

        var statistics = await CountBrowseTrials.QueryAsync(db, BrowseTrialScope.Organization(data.Organization.Id), CancellationToken.None);

        Assert.Equal(3, statistics.Total);
        Assert.Equal(
            [
                new BrowsePhaseCount(BrowsePhaseCategory.EarlyPhase1, 1),
                new BrowsePhaseCount(BrowsePhaseCategory.Phase1Phase2, 1),
                new BrowsePhaseCount(BrowsePhaseCategory.NotApplicable, 1),
            ],
            statistics.ByPhase);
        Assert.Equal(3, statistics.ByStatus.Sum(s => s.Count));
        Assert.Equal([new BrowseYearCount(2019, 2, 0), new BrowseYearCount(2026, 0, 1)], statistics.StartsByYear);
    }

    [Fact]
    public async Task Trial_lists_page_and_sort_on_the_server_within_the_role()
    {
        await using var db = data.CreateContext();

        var (lead, leadTotal) = await ListBrowseTrials.QueryAsync(
            db, BrowseTrialScope.LeadSponsor(data.Organization.Id), BrowseTrialSort.Start, descending: true, page: 0, pageSize: 1, CancellationToken.None);
        var (secondPage, _) = await ListBrowseTrials.QueryAsync(
            db, BrowseTrialScope.LeadSponsor(data.Organization.Id), BrowseTrialSort.Start, descending: true, page: 1, pageSize: 1, CancellationToken.None);
        var (collaborations, collaborationTotal) = await ListBrowseTrials.QueryAsync(
            db, BrowseTrialScope.Collaborator(data.Organization.Id), null, descending: true, page: 0, pageSize: 10, CancellationToken.None);

        Assert.Equal(2, leadTotal);
        Assert.Equal("NCT91000003", Assert.Single(lead).RegistryId); // starts 2026, after 2019
        Assert.Equal("NCT91000001", Assert.Single(secondPage).RegistryId);
        Assert.Equal(1, collaborationTotal);
        Assert.Equal("NCT91000005", Assert.Single(collaborations).RegistryId);
    }

    [Fact]
    public async Task Trials_without_the_sorted_value_come_last_in_either_direction()
    {
        await using var db = data.CreateContext();
        var everyTrial = new BrowseTrialScope();

        var (ascending, _) = await ListBrowseTrials.QueryAsync(db, everyTrial, BrowseTrialSort.Start, descending: false, 0, 50, CancellationToken.None);
        var (descending, _) = await ListBrowseTrials.QueryAsync(db, everyTrial, BrowseTrialSort.Start, descending: true, 0, 50, CancellationToken.None);

        Assert.Equal(["NCT91000002", "NCT91000005", "NCT91000001", "NCT91000003", "NCT91000004", "NCT91000006", "NCT91000007"], ascending.Select(r => r.RegistryId));
        Assert.Equal(["NCT91000003", "NCT91000001", "NCT91000005", "NCT91000002", "NCT91000004", "NCT91000006", "NCT91000007"], descending.Select(r => r.RegistryId));
    }

    [Theory]
    [InlineData("hopital pipeline")]
    [InlineData("HÔPITAL")]
    [InlineData("hp-x")]
    [InlineData("HP X")]
    public async Task The_index_finds_an_organization_by_name_or_alias_whatever_the_case_and_accents(string text)
    {
        await using var db = data.CreateContext();

        var result = await ListOrganizations.QueryAsync(db, new OrganizationSearch(text), CancellationToken.None);

        var row = Assert.Single(result.Rows);
        Assert.Equal(data.Organization.Id, row.Id);
        Assert.Equal(2, row.LeadTrialCount);
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public async Task The_index_filters_by_class_and_sorts_by_trials_as_lead_sponsor()
    {
        await using var db = data.CreateContext();

        var industry = await ListOrganizations.QueryAsync(db, new OrganizationSearch(Class: OrganizationClass.Industry), CancellationToken.None);
        var byName = await ListOrganizations.QueryAsync(db, new OrganizationSearch(Sort: OrganizationSearch.SortByName), CancellationToken.None);

        Assert.Equal(["Third Sponsor", "Other Sponsor Inc."], industry.Rows.Select(r => r.Name)); // 3 trials, then 2
        Assert.Equal(["Hôpital Pipeline", "Other Sponsor Inc.", "Third Sponsor"], byName.Rows.Select(r => r.Name));
    }
}
