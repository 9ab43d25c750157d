using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Organizations;

/// <summary>Everything the organization page shows except its trial lists (plain records: persisted across prerendering).</summary>
public sealed record OrganizationDetailsView(
    int Id,
    string Name,
    OrganizationClass Class,
    string? Country,
    List<string> Aliases,
    bool IsSynthetic,
    int LeadTrialCount,
    int CollaboratorTrialCount,
    List<BrowsePipelineRow> Pipeline,
    OrganizationPatents Patents,
    OrganizationDeals Deals,
    BrowseTrialStatistics Statistics);

public sealed record OrganizationPatentRow(
    string PublicationNumber,
    string Title,
    string Jurisdiction,
    PatentType Type,
    PatentLegalStatus LegalStatus,
    DateOnly? PriorityDate,
    DateOnly? PublicationDate,
    string? Url,
    List<BrowseProductLink> Products);

/// <summary>The most recent patents (<see cref="Rows"/>) of <see cref="Total"/>.</summary>
public sealed record OrganizationPatents(int Total, List<OrganizationPatentRow> Rows);

public sealed record OrganizationDealRow(
    string Title,
    DateOnly? Date,
    DealType Type,
    DealStatus Status,
    decimal? Value,
    string? Currency,
    string? Url,
    List<DealRole> Roles,
    List<OrganizationLink> OtherParties,
    List<BrowseProductLink> Products);

/// <summary>The most recent deals (<see cref="Rows"/>) of <see cref="Total"/>.</summary>
public sealed record OrganizationDeals(int Total, List<OrganizationDealRow> Rows);

public static class GetOrganizationDetails
{
    /// <summary>Patents and deals beyond this many are counted, not listed.</summary>
    public const int LinkedRecordLimit = 50;

    public static async Task<OrganizationDetailsView?> QueryAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations
            .AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.Name,
                o.Class,
                o.Country,
                Aliases = o.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                o.IsSynthetic,
                LeadTrialCount = db.Trials.Count(t => t.LeadSponsorId == o.Id),
                CollaboratorTrialCount = db.Trials.Count(t => t.Collaborators.Any(c => c.OrganizationId == o.Id)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        // Sequential on purpose: a DbContext runs one command at a time.
        var pipeline = await GetOrganizationPipeline.QueryAsync(db, id, cancellationToken);
        var patents = await QueryPatentsAsync(db, id, cancellationToken);
        var deals = await QueryDealsAsync(db, id, cancellationToken);
        var statistics = await CountBrowseTrials.QueryAsync(db, BrowseTrialScope.Organization(id), cancellationToken);
        return new OrganizationDetailsView(
            id,
            organization.Name,
            organization.Class,
            organization.Country,
            organization.Aliases,
            organization.IsSynthetic,
            organization.LeadTrialCount,
            organization.CollaboratorTrialCount,
            pipeline,
            patents,
            deals,
            statistics);
    }

    private static async Task<OrganizationPatents> QueryPatentsAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
    {
        var patents = db.Patents.AsNoTracking().Where(p => p.Assignees.Any(a => a.Id == id));
        var total = await patents.CountAsync(cancellationToken);
        var rows = await patents
            .OrderByDescending(p => p.PublicationDate ?? p.FilingDate ?? p.PriorityDate)
            .ThenBy(p => p.PublicationNumber)
            .Take(LinkedRecordLimit)
            .Select(p => new OrganizationPatentRow(
                p.PublicationNumber,
                p.Title,
                p.Jurisdiction,
                p.Type,
                p.LegalStatus,
                p.PriorityDate,
                p.PublicationDate,
                p.Url,
                p.Products.OrderBy(x => x.Name).Select(x => new BrowseProductLink(x.Id, x.Name)).ToList()))
            .ToListAsync(cancellationToken);
        return new OrganizationPatents(total, rows);
    }

    private static async Task<OrganizationDeals> QueryDealsAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
    {
        var deals = db.Deals.AsNoTracking().Where(d => d.Parties.Any(p => p.OrganizationId == id));
        var total = await deals.CountAsync(cancellationToken);
        var rows = await deals
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Title)
            .Take(LinkedRecordLimit)
            .Select(d => new OrganizationDealRow(
                d.Title,
                d.Date,
                d.Type,
                d.Status,
                d.Value,
                d.Currency,
                d.Url,
                d.Parties.Where(p => p.OrganizationId == id).OrderBy(p => p.Role).Select(p => p.Role).ToList(),
                d.Parties.Where(p => p.OrganizationId != id)
                    .OrderBy(p => p.Organization.Name)
                    .Select(p => new OrganizationLink(p.OrganizationId, p.Organization.Name))
                    .ToList(),
                d.Products.OrderBy(x => x.Name).Select(x => new BrowseProductLink(x.Id, x.Name)).ToList()))
            .ToListAsync(cancellationToken);
        return new OrganizationDeals(total, rows);
    }
}
