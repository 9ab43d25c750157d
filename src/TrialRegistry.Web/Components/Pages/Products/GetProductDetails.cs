using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Products;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>What the product page shows above its tabs (plain records: persisted across prerendering).</summary>
public sealed record ProductDetailsView(
    int Id,
    string Name,
    ProductType Type,
    string? Description,
    List<string> Aliases,
    List<OrganizationLink> Developers,
    bool IsSynthetic,
    List<AssociatedOrganization> Organizations);

/// <summary>
/// An organization the product page can be filtered by: a developer, or an organization of at least
/// one of its trials (lead sponsor, collaborator) or linked records. <see cref="Records"/> counts those.
/// </summary>
public sealed record AssociatedOrganization(int Id, string Name, bool IsDeveloper, int Records);

public static class GetProductDetails
{
    public static async Task<ProductDetailsView?> QueryAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
    {
        var product = await db.Products
            .AsNoTracking()
            .AsSplitQuery()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Type,
                p.Description,
                Aliases = p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                Developers = p.Developers.OrderBy(d => d.Name).Select(d => new OrganizationLink(d.Id, d.Name)).ToList(),
                p.IsSynthetic,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return null;
        }

        var organizations = await AssociatedOrganizationsAsync(db, id, product.Developers.Select(d => d.Id).ToHashSet(), cancellationToken);
        return new ProductDetailsView(
            product.Id, product.Name, product.Type, product.Description, product.Aliases, product.Developers, product.IsSynthetic, organizations);
    }

    /// <summary>
    /// Every organization linked to the product or to one of its records, with how many of its trials and
    /// linked records each is associated with: one UNION ALL ... GROUP BY in the database.
    /// </summary>
    private static async Task<List<AssociatedOrganization>> AssociatedOrganizationsAsync(
        RegistryDbContext db, int productId, HashSet<int> developerIds, CancellationToken cancellationToken)
    {
        var trials = ProductRecordScope.Trials(db, productId, null);

        // Developers count for nothing: they are listed whatever records they have.
        var developers = db.Products.Where(p => p.Id == productId).SelectMany(p => p.Developers).Select(o => new { o.Id, Records = 0 });
        var sponsors = trials.Select(t => new { Id = t.LeadSponsorId, Records = 1 });
        var collaborators = trials.SelectMany(t => t.Collaborators.Where(c => c.OrganizationId != t.LeadSponsorId))
            .Select(c => new { Id = c.OrganizationId, Records = 1 });
        var resultOrganizations = ProductRecordScope.ClinicalResults(db, productId, null).SelectMany(r => r.Organizations)
            .Select(o => new { o.Id, Records = 1 });
        var studyOrganizations = ProductRecordScope.TranslationalStudies(db, productId, null).SelectMany(s => s.Organizations)
            .Select(o => new { o.Id, Records = 1 });
        var assignees = ProductRecordScope.Patents(db, productId, null).SelectMany(p => p.Assignees)
            .Select(o => new { o.Id, Records = 1 });

        // A party with two roles in one deal is one association.
        var parties = ProductRecordScope.Deals(db, productId, null)
            .SelectMany(d => d.Parties.Select(p => p.OrganizationId).Distinct())
            .Select(organizationId => new { Id = organizationId, Records = 1 });

        var counts = developers.Concat(sponsors).Concat(collaborators).Concat(resultOrganizations)
            .Concat(studyOrganizations).Concat(assignees).Concat(parties)
            .GroupBy(x => x.Id)
            .Select(g => new { Id = g.Key, Records = g.Sum(x => x.Records) });

        var rows = await (
                from count in counts
                join organization in db.Organizations on count.Id equals organization.Id
                select new { organization.Id, organization.Name, count.Records })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return rows
            .Select(r => new AssociatedOrganization(r.Id, r.Name, developerIds.Contains(r.Id), r.Records))
            .OrderByDescending(o => o.IsDeveloper)
            .ThenByDescending(o => o.Records)
            .ThenBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
