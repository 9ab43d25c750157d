using TrialRegistry.LinkedRecords;
using TrialRegistry.Products;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Pages.Products;

namespace TrialRegistry.Web.Tests.Products;

/// <summary>The product page's and the products index's queries on real PostgreSQL (ProductRecordsDatabase).</summary>
public sealed class ProductQueriesTests(ProductRecordsDatabase data) : IClassFixture<ProductRecordsDatabase>
{
    [Fact]
    public async Task Counts_only_the_products_records_each_once()
    {
        await using var db = data.CreateContext();

        var summary = await GetProductSummary.QueryAsync(db, data.Product.Id, null, CancellationToken.None);

        // The trial with two interventions of the product is one trial; the other product's records are not counted.
        Assert.Equal(new ProductCounts(Trials: 3, ClinicalResults: 2, TranslationalStudies: 2, Patents: 2, Deals: 2), summary.Counts);
    }

    [Fact]
    public async Task The_organization_filter_counts_lead_sponsors_collaborators_organizations_assignees_and_parties()
    {
        await using var db = data.CreateContext();

        async Task<ProductCounts> CountsFor(int organizationId)
            => (await GetProductSummary.QueryAsync(db, data.Product.Id, organizationId, CancellationToken.None)).Counts;

        Assert.Equal(new ProductCounts(2, 1, 1, 1, 1), await CountsFor(data.Developer.Id));
        Assert.Equal(new ProductCounts(1, 1, 1, 0, 0), await CountsFor(data.Collaborator.Id)); // a collaborator, not the lead sponsor
        Assert.Equal(new ProductCounts(1, 0, 0, 0, 0), await CountsFor(data.Sponsor.Id));
        Assert.Equal(new ProductCounts(0, 1, 0, 2, 0), await CountsFor(data.Assignee.Id));
        Assert.Equal(new ProductCounts(0, 0, 0, 0, 2), await CountsFor(data.Partner.Id)); // principal and partner of one deal: one deal
        Assert.Equal(new ProductCounts(0, 0, 0, 0, 0), await CountsFor(data.Unrelated.Id));
    }

    [Fact]
    public async Task Each_count_equals_the_rows_its_tab_lists()
    {
        await using var db = data.CreateContext();
        int?[] organizations = [null, data.Developer.Id, data.Collaborator.Id, data.Assignee.Id, data.Partner.Id];
        foreach (var organizationId in organizations)
        {
            var counts = (await GetProductSummary.QueryAsync(db, data.Product.Id, organizationId, CancellationToken.None)).Counts;
            var request = new ProductListRequest(data.Product.Id, organizationId, Page: 0, PageSize: 50, Sort: null, Descending: true);

            Assert.Equal(counts.Trials, (await ListProductRecords.TrialsAsync(db, request, CancellationToken.None)).Rows.Count);
            Assert.Equal(counts.ClinicalResults, (await ListProductRecords.ClinicalResultsAsync(db, request, CancellationToken.None)).Rows.Count);
            Assert.Equal(counts.TranslationalStudies, (await ListProductRecords.TranslationalStudiesAsync(db, request, CancellationToken.None)).Rows.Count);
            Assert.Equal(counts.Patents, (await ListProductRecords.PatentsAsync(db, request, CancellationToken.None)).Rows.Count);
            Assert.Equal(counts.Deals, (await ListProductRecords.DealsAsync(db, request, CancellationToken.None)).Rows.Count);
        }
    }

    [Fact]
    public async Task The_filter_offers_every_associated_organization_developers_first_with_their_record_counts()
    {
        await using var db = data.CreateContext();

        var product = await GetProductDetails.QueryAsync(db, data.Product.Id, CancellationToken.None);

        Assert.NotNull(product);
        Assert.Equal(
            [
                new AssociatedOrganization(data.Developer.Id, data.Developer.Name, IsDeveloper: true, Records: 6),
                new AssociatedOrganization(data.Assignee.Id, data.Assignee.Name, IsDeveloper: false, Records: 3),
                new AssociatedOrganization(data.Collaborator.Id, data.Collaborator.Name, IsDeveloper: false, Records: 3),
                new AssociatedOrganization(data.Partner.Id, data.Partner.Name, IsDeveloper: false, Records: 2),
                new AssociatedOrganization(data.Sponsor.Id, data.Sponsor.Name, IsDeveloper: false, Records: 1),
            ],
            product.Organizations);
        Assert.Equal(["Allo-UC-MSC (Hôpitaux)", "Cord cells"], product.Aliases);
    }

    [Fact]
    public async Task Charts_group_phase_sets_statuses_and_years_in_the_database()
    {
        await using var db = data.CreateContext();

        var summary = await GetProductSummary.QueryAsync(db, data.Product.Id, null, CancellationToken.None);

        // [PHASE2, PHASE1] and [PHASE1, PHASE2] are one category; no phase comes last.
        Assert.Equal(2, summary.TrialsByPhase.Count);
        Assert.Equal([Phase.Phase1, Phase.Phase2], summary.TrialsByPhase[0].Phases);
        Assert.Equal(2, summary.TrialsByPhase[0].Trials);
        Assert.Empty(summary.TrialsByPhase[1].Phases);
        Assert.Equal(1, summary.TrialsByPhase[1].Trials);

        Assert.Equal(
            [OverallStatus.Completed, OverallStatus.Recruiting, OverallStatus.Unknown],
            summary.TrialsByStatus.Select(s => s.Status).Order());
        Assert.All(summary.TrialsByStatus, s => Assert.Equal(1, s.Trials));

        Assert.Equal(
            [
                new YearCount(ProductTab.Trials, null, 1),
                new YearCount(ProductTab.Trials, 2019, 1),
                new YearCount(ProductTab.Trials, 2021, 1),
                new YearCount(ProductTab.ClinicalResults, null, 1),
                new YearCount(ProductTab.ClinicalResults, 2019, 1),
                new YearCount(ProductTab.Translational, 2020, 2),
                new YearCount(ProductTab.Patents, 2018, 1), // dated by its filing: it is not published
                new YearCount(ProductTab.Patents, 2021, 1),
                new YearCount(ProductTab.Deals, 2022, 1),
                new YearCount(ProductTab.Deals, 2023, 1),
            ],
            summary.RecordsByYear);
    }

    [Fact]
    public async Task Charts_follow_the_organization_filter()
    {
        await using var db = data.CreateContext();

        var summary = await GetProductSummary.QueryAsync(db, data.Product.Id, data.Collaborator.Id, CancellationToken.None);

        var phase = Assert.Single(summary.TrialsByPhase);
        Assert.Equal([Phase.Phase1, Phase.Phase2], phase.Phases);
        Assert.Equal(OverallStatus.Unknown, Assert.Single(summary.TrialsByStatus).Status);
        Assert.Equal(
            [new YearCount(ProductTab.Trials, 2021, 1), new YearCount(ProductTab.ClinicalResults, 2019, 1), new YearCount(ProductTab.Translational, 2020, 1)],
            summary.RecordsByYear);
    }

    [Fact]
    public async Task Lists_sort_by_date_either_way_with_undated_records_last()
    {
        await using var db = data.CreateContext();

        async Task<List<string>> Titles(bool descending)
            => (await ListProductRecords.ClinicalResultsAsync(db, new(data.Product.Id, null, 0, 10, ProductListRequest.SortDate, descending), CancellationToken.None))
                .Rows.Select(r => r.Title).ToList();

        Assert.Equal(["Result with the developer and the collaborator", "Undated result of the assignee"], await Titles(descending: true));
        Assert.Equal(["Result with the developer and the collaborator", "Undated result of the assignee"], await Titles(descending: false));

        var trials = await ListProductRecords.TrialsAsync(db, new(data.Product.Id, null, 0, 10, ProductListRequest.SortDate, Descending: true), CancellationToken.None);
        Assert.Equal(["NCT90000002", "NCT90000001", "NCT90000003"], trials.Rows.Select(t => t.RegistryId));

        var patents = await ListProductRecords.PatentsAsync(db, new(data.Product.Id, null, 0, 10, ProductListRequest.SortDate, Descending: false), CancellationToken.None);
        Assert.Equal(["FR3000002A1", "WO2021000001A1"], patents.Rows.Select(p => p.PublicationNumber));
    }

    [Fact]
    public async Task Lists_sort_by_title_and_page_through_every_row_once()
    {
        await using var db = data.CreateContext();

        var all = await ListProductRecords.TrialsAsync(db, new(data.Product.Id, null, 0, 10, ProductListRequest.SortTitle, Descending: false), CancellationToken.None);
        var paged = new List<string>();
        for (var page = 0; page < 3; page++)
        {
            var onePage = await ListProductRecords.TrialsAsync(db, new(data.Product.Id, null, page, 1, ProductListRequest.SortTitle, Descending: false), CancellationToken.None);
            Assert.Equal(3, onePage.Total);
            paged.AddRange(onePage.Rows.Select(r => r.BriefTitle));
        }

        Assert.Equal(all.Rows.Select(r => r.BriefTitle), paged);
        Assert.Equal(paged.Order(StringComparer.OrdinalIgnoreCase), paged);
    }

    [Fact]
    public async Task Rows_carry_what_their_columns_show()
    {
        await using var db = data.CreateContext();
        var request = new ProductListRequest(data.Product.Id, null, 0, 10, ProductListRequest.SortDate, Descending: true);

        var result = (await ListProductRecords.ClinicalResultsAsync(db, request, CancellationToken.None)).Rows[0];
        Assert.Equal(["NCT90000001"], result.Trials);

        var deal = (await ListProductRecords.DealsAsync(db, request, CancellationToken.None)).Rows.Single(d => d.Title == "Licence to the partner");
        Assert.Equal(
            [new DealPartyRow(data.Developer.Id, data.Developer.Name, DealRole.Principal), new DealPartyRow(data.Partner.Id, data.Partner.Name, DealRole.Partner)],
            deal.Parties);
        Assert.Equal(12_500_000m, deal.Value);

        var patent = (await ListProductRecords.PatentsAsync(db, request, CancellationToken.None)).Rows[0];
        Assert.Equal("WO2021000001A1", patent.PublicationNumber);
        Assert.Equal([data.Assignee.Name, data.Developer.Name], patent.Assignees.Select(a => a.Name));

        var trial = (await ListProductRecords.TrialsAsync(db, request with { OrganizationId = data.Collaborator.Id }, CancellationToken.None)).Rows.Single();
        Assert.Equal(("NCT90000002", data.Sponsor.Name), (trial.RegistryId, trial.LeadSponsor));
    }

    [Theory]
    [InlineData("hopitaux")] // an alias's accents and case
    [InlineData("ALLO UC MSC")] // an alias's punctuation
    [InlineData("allogeniques")] // the name's accents
    [InlineData("  Cellules   SOUCHES ")]
    public async Task The_index_finds_a_product_by_name_or_alias_whatever_the_case_accents_and_punctuation(string text)
    {
        await using var db = data.CreateContext();

        var result = await ListProducts.QueryAsync(db, new ProductSearch(text, null, 0, 25), CancellationToken.None);

        var row = Assert.Single(result.Rows);
        Assert.Equal(1, result.Total);
        Assert.Equal(data.Product.Id, row.Id);
        Assert.Equal(3, row.TrialCount);
        Assert.Equal(["Hôpital Développeur"], row.Developers);
    }

    [Fact]
    public async Task The_index_says_which_alias_matched_and_filters_by_type()
    {
        await using var db = data.CreateContext();

        var byAlias = await ListProducts.QueryAsync(db, new ProductSearch("hopitaux", null, 0, 25), CancellationToken.None);
        Assert.Equal("Allo-UC-MSC (Hôpitaux)", byAlias.Rows.Single().MatchedAlias);
        var byName = await ListProducts.QueryAsync(db, new ProductSearch("souches", null, 0, 25), CancellationToken.None);
        Assert.Null(byName.Rows.Single().MatchedAlias);

        var antibodies = await ListProducts.QueryAsync(db, new ProductSearch(null, ProductType.Antibody, 0, 25), CancellationToken.None);
        Assert.Equal([data.OtherProduct.Id], antibodies.Rows.Select(r => r.Id));
        var none = await ListProducts.QueryAsync(db, new ProductSearch("hopitaux", ProductType.Antibody, 0, 25), CancellationToken.None);
        Assert.Equal(0, none.Total);

        var types = await ListProducts.CountByTypeAsync(db, null, CancellationToken.None);
        Assert.Equal([new ProductTypeCount(ProductType.CellTherapy, 1), new ProductTypeCount(ProductType.Antibody, 1)], types.OrderByDescending(t => t.Type == ProductType.CellTherapy));
    }

    [Fact]
    public async Task The_index_sorts_by_number_of_trials()
    {
        await using var db = data.CreateContext();

        var result = await ListProducts.QueryAsync(db, new ProductSearch(null, null, 0, 25, ProductSearch.SortTrials, Descending: true), CancellationToken.None);

        Assert.Equal([(data.Product.Id, 3), (data.OtherProduct.Id, 1)], result.Rows.Select(r => (r.Id, r.TrialCount)));
    }
}
