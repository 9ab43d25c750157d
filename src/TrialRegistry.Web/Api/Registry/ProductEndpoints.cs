using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Products;
using TrialRegistry.Web.Components.Pages.Products;

namespace TrialRegistry.Web.Api.Registry;

/// <summary>
/// Products and their linked records, from the same queries as the product pages (ListProducts,
/// GetProductDetails, GetProductSummary, ListProductRecords over ProductRecordScope), so the API and
/// the pages cannot disagree. The record lists add the long texts and links the page's tables leave
/// out (outcome summary, abstract, organizations, trials) with one more query per page.
/// </summary>
public static class ProductEndpoints
{
    private const string Tag = "Registry: products";

    public static void MapProductEndpoints(this RouteGroupBuilder registry)
    {
        var products = registry.MapGroup("/products").WithTags(Tag);
        products.MapGet("/", ListAsync)
            .WithSummary("List products")
            .WithDescription("Products by name (or alias) and type, paged. Sort: name or trials; order: asc or desc.");
        products.MapGet("/{id:int}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One product")
            .WithDescription("The product, its developers and aliases, how many records of each kind it has and the organizations associated with them. With organizationId, the counts are that organization's.");
        products.MapGet("/{id:int}/trials", TrialsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The product's trials")
            .WithDescription("Trials with an intervention linked to the product. Sort: date (start, default, newest first), title, id, status.");
        products.MapGet("/{id:int}/clinical-results", ClinicalResultsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The product's clinical results")
            .WithDescription("Publications, conference abstracts, press releases and posted results. Sort: date (default, newest first), title, type.");
        products.MapGet("/{id:int}/translational-studies", TranslationalStudiesAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The product's translational medicine")
            .WithDescription("Preclinical and mechanistic studies. Sort: date (default, newest first), title, type.");
        products.MapGet("/{id:int}/patents", PatentsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The product's patents")
            .WithDescription("Sort: date (publication, else filing, else priority; default, newest first), title, id (publication number), status.");
        products.MapGet("/{id:int}/deals", DealsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The product's deals")
            .WithDescription("Sort: date (default, newest first), title, type, value.");
    }

    public static string PathOf(int id) => string.Create(CultureInfo.InvariantCulture, $"{RegistryApi.Prefix}/products/{id}");

    private static async Task<Results<Ok<RegistryPage<ProductListItem>>, ProblemHttpResult>> ListAsync(
        HttpRequest request,
        IDbContextFactory<RegistryDbContext> dbFactory,
        [Description("Text in the name or an alias (accents and case ignored).")] string? q,
        [Description("Product type, e.g. CELL_THERAPY.")] string? type,
        [Description("name or trials; without it, the closest names first.")] string? sort,
        [Description("asc (default) or desc.")] string? order,
        [Description("Page number, from 1.")] string? page,
        [Description("Rows per page, 1 to 100 (default 25).")] string? pageSize,
        CancellationToken cancellationToken)
    {
        var query = new RegistryQuery(request, RegistryParameters.Query, "type", RegistryParameters.Sort, RegistryParameters.Order, RegistryParameters.Page, RegistryParameters.PageSize);
        var productType = query.Enumeration<ProductType>("type", type);
        var sortBy = query.Choice(RegistryParameters.Sort, sort, ProductSearch.SortName, ProductSearch.SortTrials);
        var descending = query.Descending(order, defaultDescending: false);
        var (pageNumber, size) = query.Paging(page, pageSize);
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await ListProducts.QueryAsync(
            db, new ProductSearch(RegistryQuery.Text(q), productType, pageNumber - 1, size, sortBy, descending), cancellationToken);
        var items = result.Rows
            .Select(r => new ProductListItem(r.Id, r.Name, CtGovNames.ToCtGov(r.Type), r.Developers, r.TrialCount, r.MatchedAlias))
            .ToList();
        return TypedResults.Ok(new RegistryPage<ProductListItem>(pageNumber, size, result.Total, items));
    }

    private static async Task<Results<Ok<ProductDocument>, ProblemHttpResult>> GetAsync(
        int id,
        HttpRequest request,
        IDbContextFactory<RegistryDbContext> dbFactory,
        [Description("Count only the records associated with this organization (its id).")] string? organizationId,
        CancellationToken cancellationToken)
    {
        var query = new RegistryQuery(request, RegistryParameters.OrganizationId);
        var organization = query.OptionalInteger(RegistryParameters.OrganizationId, organizationId, min: 1);
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var product = await GetProductDetails.QueryAsync(db, id, cancellationToken);
        if (product is null)
        {
            return NoSuchProduct(id);
        }

        var summary = await GetProductSummary.QueryAsync(db, id, organization, cancellationToken);
        var counts = summary.Counts;
        var path = PathOf(id);
        return TypedResults.Ok(new ProductDocument(
            product.Id,
            product.Name,
            CtGovNames.ToCtGov(product.Type),
            product.Description,
            product.Aliases,
            product.Developers.Select(d => new OrganizationReference(d.Id, d.Name)).ToList(),
            product.IsSynthetic,
            organization,
            new ProductRecordCounts(counts.Trials, counts.ClinicalResults, counts.TranslationalStudies, counts.Patents, counts.Deals),
            product.Organizations.Select(o => new ProductOrganization(o.Id, o.Name, o.IsDeveloper, o.Records)).ToList(),
            new ProductRecordLinks($"{path}/trials", $"{path}/clinical-results", $"{path}/translational-studies", $"{path}/patents", $"{path}/deals")));
    }

    private static async Task<Results<Ok<RegistryPage<ProductTrial>>, ProblemHttpResult>> TrialsAsync(
        int id, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory,
        string? organizationId, string? sort, string? order, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var sorts = new[] { ProductListRequest.SortDate, ProductListRequest.SortTitle, ProductListRequest.SortIdentifier, ProductListRequest.SortStatus };
        return await RecordPageAsync(
            id, request, dbFactory, organizationId, sort, order, page, pageSize, sorts,
            async (db, list) =>
            {
                var rows = await ListProductRecords.TrialsAsync(db, list, cancellationToken);
                return (rows.Total, rows.Rows.Select(t => new ProductTrial(
                        t.RegistryId,
                        t.BriefTitle,
                        CtGovNames.ToCtGov(t.OverallStatus),
                        t.LastKnownStatus is { } known ? CtGovNames.ToCtGov(known) : null,
                        t.Phases.Select(CtGovNames.ToCtGov).ToList(),
                        new OrganizationReference(t.LeadSponsorId, t.LeadSponsor),
                        t.StartDate?.ToString()))
                    .ToList());
            },
            cancellationToken);
    }

    private static async Task<Results<Ok<RegistryPage<ProductClinicalResult>>, ProblemHttpResult>> ClinicalResultsAsync(
        int id, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory,
        string? organizationId, string? sort, string? order, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var sorts = new[] { ProductListRequest.SortDate, ProductListRequest.SortTitle, ProductListRequest.SortType };
        return await RecordPageAsync(
            id, request, dbFactory, organizationId, sort, order, page, pageSize, sorts,
            async (db, list) =>
            {
                var rows = await ListProductRecords.ClinicalResultsAsync(db, list, cancellationToken);
                var ids = rows.Rows.Select(r => r.Id).ToList();
                var more = await db.ClinicalResults.AsNoTracking().AsSplitQuery()
                    .Where(r => ids.Contains(r.Id))
                    .Select(r => new
                    {
                        r.Id,
                        r.OutcomeSummary,
                        Organizations = r.Organizations.OrderBy(o => o.Name).Select(o => new OrganizationReference(o.Id, o.Name)).ToList(),
                    })
                    .ToDictionaryAsync(r => r.Id, cancellationToken);
                return (rows.Total, rows.Rows.Select(r => new ProductClinicalResult(
                        r.Id,
                        r.Title,
                        CtGovNames.ToCtGov(r.Source),
                        r.Date,
                        r.Indication,
                        r.Phases.Select(CtGovNames.ToCtGov).ToList(),
                        more[r.Id].OutcomeSummary,
                        r.Url,
                        r.Doi,
                        r.PubMedId,
                        r.Trials,
                        more[r.Id].Organizations))
                    .ToList());
            },
            cancellationToken);
    }

    private static async Task<Results<Ok<RegistryPage<ProductTranslationalStudy>>, ProblemHttpResult>> TranslationalStudiesAsync(
        int id, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory,
        string? organizationId, string? sort, string? order, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var sorts = new[] { ProductListRequest.SortDate, ProductListRequest.SortTitle, ProductListRequest.SortType };
        return await RecordPageAsync(
            id, request, dbFactory, organizationId, sort, order, page, pageSize, sorts,
            async (db, list) =>
            {
                var rows = await ListProductRecords.TranslationalStudiesAsync(db, list, cancellationToken);
                var ids = rows.Rows.Select(r => r.Id).ToList();
                var more = await db.TranslationalStudies.AsNoTracking().AsSplitQuery()
                    .Where(s => ids.Contains(s.Id))
                    .Select(s => new
                    {
                        s.Id,
                        s.Summary,
                        Trials = s.Trials.OrderBy(t => t.RegistryId).Select(t => t.RegistryId).ToList(),
                        Organizations = s.Organizations.OrderBy(o => o.Name).Select(o => new OrganizationReference(o.Id, o.Name)).ToList(),
                    })
                    .ToDictionaryAsync(s => s.Id, cancellationToken);
                return (rows.Total, rows.Rows.Select(s => new ProductTranslationalStudy(
                        s.Id,
                        s.Title,
                        CtGovNames.ToCtGov(s.Kind),
                        s.Venue,
                        s.Date,
                        more[s.Id].Summary,
                        s.Url,
                        s.Doi,
                        s.PubMedId,
                        more[s.Id].Trials,
                        more[s.Id].Organizations))
                    .ToList());
            },
            cancellationToken);
    }

    private static async Task<Results<Ok<RegistryPage<ProductPatent>>, ProblemHttpResult>> PatentsAsync(
        int id, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory,
        string? organizationId, string? sort, string? order, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var sorts = new[] { ProductListRequest.SortDate, ProductListRequest.SortTitle, ProductListRequest.SortIdentifier, ProductListRequest.SortStatus };
        return await RecordPageAsync(
            id, request, dbFactory, organizationId, sort, order, page, pageSize, sorts,
            async (db, list) =>
            {
                var rows = await ListProductRecords.PatentsAsync(db, list, cancellationToken);
                var ids = rows.Rows.Select(r => r.Id).ToList();
                var more = await db.Patents.AsNoTracking().AsSplitQuery()
                    .Where(p => ids.Contains(p.Id))
                    .Select(p => new { p.Id, p.Abstract, Trials = p.Trials.OrderBy(t => t.RegistryId).Select(t => t.RegistryId).ToList() })
                    .ToDictionaryAsync(p => p.Id, cancellationToken);
                return (rows.Total, rows.Rows.Select(p => new ProductPatent(
                        p.Id,
                        p.PublicationNumber,
                        p.Title,
                        p.Jurisdiction,
                        CtGovNames.ToCtGov(p.Type),
                        CtGovNames.ToCtGov(p.LegalStatus),
                        p.PriorityDate,
                        p.FilingDate,
                        p.PublicationDate,
                        p.GrantDate,
                        more[p.Id].Abstract,
                        p.Url,
                        p.Assignees.Select(a => new OrganizationReference(a.Id, a.Name)).ToList(),
                        more[p.Id].Trials))
                    .ToList());
            },
            cancellationToken);
    }

    private static async Task<Results<Ok<RegistryPage<ProductDeal>>, ProblemHttpResult>> DealsAsync(
        int id, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory,
        string? organizationId, string? sort, string? order, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var sorts = new[] { ProductListRequest.SortDate, ProductListRequest.SortTitle, ProductListRequest.SortType, ProductListRequest.SortValue };
        return await RecordPageAsync(
            id, request, dbFactory, organizationId, sort, order, page, pageSize, sorts,
            async (db, list) =>
            {
                var rows = await ListProductRecords.DealsAsync(db, list, cancellationToken);
                var ids = rows.Rows.Select(r => r.Id).ToList();
                var more = await db.Deals.AsNoTracking().AsSplitQuery()
                    .Where(d => ids.Contains(d.Id))
                    .Select(d => new { d.Id, d.Summary, Trials = d.Trials.OrderBy(t => t.RegistryId).Select(t => t.RegistryId).ToList() })
                    .ToDictionaryAsync(d => d.Id, cancellationToken);
                return (rows.Total, rows.Rows.Select(d => new ProductDeal(
                        d.Id,
                        d.Title,
                        d.Date,
                        CtGovNames.ToCtGov(d.Type),
                        CtGovNames.ToCtGov(d.Status),
                        d.Value,
                        d.Currency,
                        d.Upfront,
                        d.Milestones,
                        more[d.Id].Summary,
                        d.Url,
                        d.Parties.Select(p => new ProductDealParty(new OrganizationReference(p.OrganizationId, p.Name), CtGovNames.ToCtGov(p.Role))).ToList(),
                        more[d.Id].Trials))
                    .ToList());
            },
            cancellationToken);
    }

    /// <summary>
    /// The part every record list shares: the parameters (organizationId, sort, order, page,
    /// pageSize; newest first without a sort), the 404 for an unknown product, and the page.
    /// </summary>
    private static async Task<Results<Ok<RegistryPage<T>>, ProblemHttpResult>> RecordPageAsync<T>(
        int id,
        HttpRequest request,
        IDbContextFactory<RegistryDbContext> dbFactory,
        string? organizationId,
        string? sort,
        string? order,
        string? page,
        string? pageSize,
        string[] sorts,
        Func<RegistryDbContext, ProductListRequest, Task<(int Total, List<T> Items)>> list,
        CancellationToken cancellationToken)
    {
        var query = new RegistryQuery(
            request, RegistryParameters.OrganizationId, RegistryParameters.Sort, RegistryParameters.Order, RegistryParameters.Page, RegistryParameters.PageSize);
        var organization = query.OptionalInteger(RegistryParameters.OrganizationId, organizationId, min: 1);
        var sortBy = query.Choice(RegistryParameters.Sort, sort, sorts);
        var descending = query.Descending(order, defaultDescending: sortBy is null);
        var (pageNumber, size) = query.Paging(page, pageSize);
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Products.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NoSuchProduct(id);
        }

        var (total, items) = await list(db, new ProductListRequest(id, organization, pageNumber - 1, size, sortBy ?? ProductListRequest.SortDate, descending));
        return TypedResults.Ok(new RegistryPage<T>(pageNumber, size, total, items));
    }

    private static ProblemHttpResult NoSuchProduct(int id)
        => RegistryProblems.NotFound(string.Create(CultureInfo.InvariantCulture, $"There is no product with id {id}."));
}
