using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Organizations;
using TrialRegistry.Web.Components.Pages.Organizations;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Api.Registry;

/// <summary>
/// Organizations, from the organization pages' own queries (ListOrganizations, GetOrganizationDetails,
/// ListBrowseTrials), so the API and the pages agree. The index keeps the page's page size (25).
/// </summary>
public static class OrganizationEndpoints
{
    private const string Tag = "Registry: organizations";
    private const string Role = "role";
    private const string Class = "class";

    public static void MapOrganizationEndpoints(this RouteGroupBuilder registry)
    {
        var organizations = registry.MapGroup("/organizations").WithTags(Tag);
        organizations.MapGet("/", ListAsync)
            .WithSummary("List organizations")
            .WithDescription("Organizations by name or alias (accents and case ignored) and class, 25 a page. Exact name or alias matches come first, then most trials led (sort=trials, default) or by name (sort=name).");
        organizations.MapGet("/{id:int}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One organization")
            .WithDescription("Names, class, country, trial counts (lead sponsor, collaborator), product pipeline, and the newest 50 patents and deals with their totals.");
        organizations.MapGet("/{id:int}/trials", TrialsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The organization's trials")
            .WithDescription("Trials it leads (role=lead), collaborates on (role=collaborator) or either (role=any, default). Sort: start (default, newest first), updated, id, title, enrollment.");
    }

    private static async Task<Results<Ok<RegistryPage<OrganizationListItem>>, ProblemHttpResult>> ListAsync(
        HttpRequest request,
        IDbContextFactory<RegistryDbContext> dbFactory,
        [Description("Text in the name or an alias.")] string? q,
        [Description("Organization class, e.g. INDUSTRY, OTHER, NIH.")] string? @class,
        [Description("trials (default: most trials led first) or name.")] string? sort,
        [Description("Page number, from 1 (25 organizations a page).")] string? page,
        CancellationToken cancellationToken)
    {
        var query = new RegistryQuery(request, RegistryParameters.Query, Class, RegistryParameters.Sort, RegistryParameters.Page);
        var organizationClass = query.Enumeration<OrganizationClass>(Class, @class);
        var sortBy = query.Choice(RegistryParameters.Sort, sort, OrganizationSearch.SortByTrials, OrganizationSearch.SortByName);
        var pageNumber = query.Integer(RegistryParameters.Page, page, 1, 1, RegistryParameters.MaxPage);
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await ListOrganizations.QueryAsync(
            db, new OrganizationSearch(RegistryQuery.Text(q), organizationClass, sortBy, pageNumber), cancellationToken);
        var items = result.Rows
            .Select(o => new OrganizationListItem(o.Id, o.Name, CtGovNames.ToCtGov(o.Class), o.Country, o.LeadTrialCount, o.MatchedAlias))
            .ToList();
        return TypedResults.Ok(new RegistryPage<OrganizationListItem>(pageNumber, ListOrganizations.PageSize, result.Total, items));
    }

    private static async Task<Results<Ok<OrganizationDocument>, ProblemHttpResult>> GetAsync(
        int id, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (new RegistryQuery(request).Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await GetOrganizationDetails.QueryAsync(db, id, cancellationToken);
        if (organization is null)
        {
            return NoSuchOrganization(id);
        }

        return TypedResults.Ok(new OrganizationDocument(
            organization.Id,
            organization.Name,
            CtGovNames.ToCtGov(organization.Class),
            organization.Country,
            organization.Aliases,
            organization.IsSynthetic,
            new OrganizationTrialCounts(organization.LeadTrialCount, organization.CollaboratorTrialCount),
            organization.Pipeline.Select(p => new OrganizationProduct(
                    p.ProductId,
                    p.Name,
                    CtGovNames.ToCtGov(p.Type),
                    p.HighestPhase is { } phase ? CtGovNames.ToCtGov(phase) : null,
                    p.TrialCount,
                    p.IsDeveloper,
                    p.ScopeTrialCount))
                .ToList(),
            new RecentRecords<OrganizationPatent>(
                organization.Patents.Total,
                organization.Patents.Rows.Select(p => new OrganizationPatent(
                        p.PublicationNumber,
                        p.Title,
                        p.Jurisdiction,
                        CtGovNames.ToCtGov(p.Type),
                        CtGovNames.ToCtGov(p.LegalStatus),
                        p.PriorityDate,
                        p.PublicationDate,
                        p.Url,
                        p.Products.Select(x => new ProductReference(x.Id, x.Name)).ToList()))
                    .ToList()),
            new RecentRecords<OrganizationDeal>(
                organization.Deals.Total,
                organization.Deals.Rows.Select(d => new OrganizationDeal(
                        d.Title,
                        d.Date,
                        CtGovNames.ToCtGov(d.Type),
                        CtGovNames.ToCtGov(d.Status),
                        d.Value,
                        d.Currency,
                        d.Url,
                        d.Roles.Select(CtGovNames.ToCtGov).ToList(),
                        d.OtherParties.Select(o => new OrganizationReference(o.Id, o.Name)).ToList(),
                        d.Products.Select(x => new ProductReference(x.Id, x.Name)).ToList()))
                    .ToList()),
            string.Create(CultureInfo.InvariantCulture, $"{RegistryApi.Prefix}/organizations/{id}/trials")));
    }

    private static async Task<Results<Ok<RegistryPage<OrganizationTrial>>, ProblemHttpResult>> TrialsAsync(
        int id,
        HttpRequest request,
        IDbContextFactory<RegistryDbContext> dbFactory,
        [Description("any (default), lead or collaborator.")] string? role,
        [Description("start (default), updated, id, title or enrollment.")] string? sort,
        [Description("asc or desc; newest first without a sort.")] string? order,
        [Description("Page number, from 1.")] string? page,
        [Description("Rows per page, 1 to 100 (default 25).")] string? pageSize,
        CancellationToken cancellationToken)
    {
        var query = new RegistryQuery(request, Role, RegistryParameters.Sort, RegistryParameters.Order, RegistryParameters.Page, RegistryParameters.PageSize);
        var roleName = query.Choice(Role, role, "any", "lead", "collaborator") ?? "any";
        var sortBy = query.Choice(
            RegistryParameters.Sort, sort, BrowseTrialSort.Start, BrowseTrialSort.LastUpdate, BrowseTrialSort.RegistryId, BrowseTrialSort.Title, BrowseTrialSort.Enrollment);
        var descending = query.Descending(order, defaultDescending: sortBy is null);
        var (pageNumber, size) = query.Paging(page, pageSize);
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return NoSuchOrganization(id);
        }

        var scope = roleName switch
        {
            "lead" => BrowseTrialScope.LeadSponsor(id),
            "collaborator" => BrowseTrialScope.Collaborator(id),
            _ => BrowseTrialScope.Organization(id),
        };
        var (rows, total) = await ListBrowseTrials.QueryAsync(db, scope, sortBy ?? BrowseTrialSort.Start, descending, pageNumber - 1, size, cancellationToken);
        var items = rows.Select(t => new OrganizationTrial(
                t.RegistryId,
                t.BriefTitle,
                CtGovNames.ToCtGov(t.OverallStatus),
                t.LastKnownStatus is { } known ? CtGovNames.ToCtGov(known) : null,
                t.Phases.Select(CtGovNames.ToCtGov).ToList(),
                new OrganizationReference(t.LeadSponsorId, t.LeadSponsor),
                t.StartDate?.ToString(),
                t.LastUpdatePostDate?.ToString(),
                t.EnrollmentCount))
            .ToList();
        return TypedResults.Ok(new RegistryPage<OrganizationTrial>(pageNumber, size, total, items));
    }

    private static ProblemHttpResult NoSuchOrganization(int id)
        => RegistryProblems.NotFound(string.Create(CultureInfo.InvariantCulture, $"There is no organization with id {id}."));
}
