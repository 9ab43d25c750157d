using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Pages.Conditions;
using TrialRegistry.Web.Components.Shared;
using TrialRegistry.Web.Tests.Organizations;

namespace TrialRegistry.Web.Tests.Conditions;

/// <summary>The condition page's and the conditions index's queries, on the organization tests' small registry.</summary>
public sealed class ConditionQueriesTests(OrganizationPipelineDatabase data) : IClassFixture<OrganizationPipelineDatabase>
{
    [Fact]
    public async Task The_page_lists_the_products_tested_for_the_condition_at_their_highest_phase_for_it()
    {
        await using var db = data.CreateContext();

        var condition = await GetConditionDetails.QueryAsync(db, data.Lupus.Id, CancellationToken.None);

        // Lupus trials: Advanced at Phase 1/Phase 2 and at Phase 3, Other at Phase 4.
        Assert.NotNull(condition);
        Assert.Equal(3, condition.TrialCount);
        Assert.Equal(
            [
                new BrowsePipelineRow(data.Other.Id, "Other cells", data.Other.Type, Phase.Phase4, TrialCount: 1),
                new BrowsePipelineRow(data.Advanced.Id, "Advanced cells", data.Advanced.Type, Phase.Phase3, TrialCount: 2),
            ],
            condition.Products);
        Assert.Equal(
            [
                new ConditionSponsorCount(data.OtherSponsor.Id, "Other Sponsor Inc.", 2),
                new ConditionSponsorCount(data.Organization.Id, "Hôpital Pipeline", 1),
            ],
            condition.Sponsors);
        Assert.Equal(3, condition.Statistics.Total);
    }

    [Fact]
    public async Task An_unknown_condition_is_null()
    {
        await using var db = data.CreateContext();

        Assert.Null(await GetConditionDetails.QueryAsync(db, int.MaxValue, CancellationToken.None));
    }

    [Theory]
    [InlineData("lupus")]
    [InlineData("ERYTHEMATOSUS, SYSTEMIC")]
    public async Task The_index_finds_a_condition_by_name_or_mesh_term_with_its_trial_count(string text)
    {
        await using var db = data.CreateContext();

        var result = await ListConditions.QueryAsync(db, new ConditionSearch(text), CancellationToken.None);

        Assert.Equal([new ConditionRow(data.Lupus.Id, data.Lupus.Name, data.Lupus.MeshTerm, 3)], result.Rows);
    }

    [Fact]
    public async Task Condition_trial_lists_page_within_the_condition()
    {
        await using var db = data.CreateContext();

        var (rows, total) = await ListBrowseTrials.QueryAsync(
            db, BrowseTrialScope.Condition(data.Lupus.Id), BrowseTrialSort.RegistryId, descending: false, 0, 10, CancellationToken.None);

        Assert.Equal(3, total);
        Assert.Equal(["NCT91000001", "NCT91000002", "NCT91000007"], rows.Select(r => r.RegistryId));
    }
}
