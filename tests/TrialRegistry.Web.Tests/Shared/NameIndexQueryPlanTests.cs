using TrialRegistry.Testing;
using TrialRegistry.Web.Components.Pages.Conditions;
using TrialRegistry.Web.Components.Pages.Organizations;
using TrialRegistry.Web.Components.Pages.Products;

namespace TrialRegistry.Web.Tests.Shared;

/// <summary>
/// The product, organization and condition index searches find names by substring through the
/// pg_trgm GIN indexes (issue 13): the plans of the statements they send name those indexes and
/// read none of the name tables whole.
/// </summary>
public sealed class NameIndexQueryPlanTests(NameIndexDatabase data) : IClassFixture<NameIndexDatabase>
{
    [Theory]
    [InlineData("hôpitaux de par")]
    [InlineData("ap-h")]
    public async Task The_organizations_index_searches_names_and_aliases_through_trigram_indexes(string text)
    {
        var plans = new PlanRecorder();
        await using var db = data.CreateContext(plans);

        var page = await ListOrganizations.QueryAsync(db, new OrganizationSearch(text), CancellationToken.None);

        Assert.Equal("Assistance Publique - Hôpitaux de Paris", Assert.Single(page.Rows).Name);
        Assert.Equal(1, page.Total);
        AssertTrigramScans(plans, "ix_organizations_normalized_name_trgm", "ix_organization_aliases_normalized_name_trgm");
        AssertNoSeqScan(plans, "organizations", "organization_aliases");
    }

    [Theory]
    [InlineData("stemcel")]
    [InlineData("ryonc")]
    public async Task The_products_index_searches_names_and_aliases_through_trigram_indexes(string text)
    {
        var plans = new PlanRecorder();
        await using var db = data.CreateContext(plans);

        var result = await ListProducts.QueryAsync(db, new ProductSearch(text, null, 0, 20), CancellationToken.None);

        Assert.Equal("Remestemcel-L", Assert.Single(result.Rows).Name);
        AssertTrigramScans(plans, "ix_products_normalized_name_trgm", "ix_product_aliases_normalized_name_trgm");
        AssertNoSeqScan(plans, "products", "product_aliases");
    }

    [Theory]
    [InlineData("nephrit")]
    [InlineData("ERYTHEMATOSUS, SYST")]
    public async Task The_conditions_index_searches_names_and_mesh_terms_through_trigram_indexes(string text)
    {
        var plans = new PlanRecorder();
        await using var db = data.CreateContext(plans);

        var page = await ListConditions.QueryAsync(db, new ConditionSearch(text), CancellationToken.None);

        Assert.Equal("Lupus Nephritis", Assert.Single(page.Rows).Name);
        AssertTrigramScans(plans, "ix_conditions_normalized_name_trgm", "ix_conditions_mesh_term_trgm");
        AssertNoSeqScan(plans, "conditions");
    }

    [Fact]
    public async Task The_indexes_by_most_trials_read_the_stored_counts_in_order_and_stop_after_a_page()
    {
        var plans = new PlanRecorder();
        await using var db = data.CreateContext(plans);

        var organizations = await ListOrganizations.QueryAsync(db, new OrganizationSearch(), CancellationToken.None);
        var conditions = await ListConditions.QueryAsync(db, new ConditionSearch(), CancellationToken.None);
        var products = await ListProducts.QueryAsync(db, new ProductSearch(null, null, 0, 20, ProductSearch.SortTrials, Descending: true), CancellationToken.None);

        // Most trials first, ties by name: 100,000 / (1 + id % 5000) is largest for ids 5000, 10000, …
        Assert.Equal(25, organizations.Rows.Count);
        Assert.Equal(NameIndexDatabase.Rows + 1, organizations.Total);
        Assert.Equal(100_000, organizations.Rows[0].LeadTrialCount);
        Assert.True(organizations.Rows.Zip(organizations.Rows.Skip(1)).All(p => p.First.LeadTrialCount >= p.Second.LeadTrialCount));
        Assert.Equal(100_000, conditions.Rows[0].TrialCount);
        Assert.Equal(100_000, products.Rows[0].TrialCount);

        // The count index read in order (the planner may not read it whole: seqscan is off for plans here), and no count per name at read time.
        foreach (var index in new[] { "ix_organization_trial_counts_lead_trials", "ix_condition_trial_counts_trials", "ix_product_trial_counts_trials" })
        {
            Assert.True(plans.Plans.Any(p => p.Plan.Contains($"Index Scan using {index}", StringComparison.Ordinal)), $"No statement read {index} in order:\n{plans.AllPlans}");
        }

        foreach (var table in new[] { "trials", "trial_condition", "interventions" })
        {
            Assert.False(plans.Plans.Any(p => p.Plan.Contains($" on {table} ", StringComparison.Ordinal)), $"A statement counts {table} at read time:\n{plans.AllPlans}");
        }
    }

    [Fact]
    public async Task Like_wildcards_typed_in_the_box_are_searched_literally()
    {
        await using var db = data.CreateContext();

        // "%" and "_" are no letters: the normalizer drops them, so they never reach LIKE as wildcards;
        // the MeSH term is matched with ILIKE, where they are escaped.
        Assert.Empty((await ListConditions.QueryAsync(db, new ConditionSearch("LUPUS%SYSTEMIC"), CancellationToken.None)).Rows);
        Assert.Empty((await ListConditions.QueryAsync(db, new ConditionSearch("lupus_erythematosus"), CancellationToken.None)).Rows);
    }

    private static void AssertTrigramScans(PlanRecorder plans, params string[] indexes)
    {
        foreach (var index in indexes)
        {
            Assert.True(plans.Plans.Any(p => p.Plan.Contains($"Bitmap Index Scan on {index}", StringComparison.Ordinal)), $"No statement used {index}:\n{plans.AllPlans}");
        }
    }

    private static void AssertNoSeqScan(PlanRecorder plans, params string[] tables)
    {
        foreach (var table in tables)
        {
            Assert.False(
                plans.Plans.Any(p => p.Plan.Contains($"Seq Scan on {table} ", StringComparison.Ordinal)),
                $"A statement reads {table} whole:\n{plans.AllPlans}");
        }
    }
}
