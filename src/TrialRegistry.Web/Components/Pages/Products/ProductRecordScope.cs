using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>
/// What "this product's records, associated with this organization" means, in one place: the tab
/// counts, the charts and the tab lists all start from these queries, so they cannot disagree.
/// A trial is the product's when one of its interventions is linked to it, and is associated with an
/// organization that is its lead sponsor or a collaborator; a linked record is the product's when the
/// product is among its products, and is associated with an organization among its organizations
/// (clinical results, translational studies), assignees (patents) or parties (deals).
/// </summary>
public static class ProductRecordScope
{
    public static IQueryable<Trial> Trials(RegistryDbContext db, int productId, int? organizationId)
    {
        var trials = db.Trials.Where(t => t.Interventions.Any(i => i.ProductId == productId));
        return organizationId is { } org
            ? trials.Where(t => t.LeadSponsorId == org || t.Collaborators.Any(c => c.OrganizationId == org))
            : trials;
    }

    public static IQueryable<ClinicalResult> ClinicalResults(RegistryDbContext db, int productId, int? organizationId)
    {
        var results = db.ClinicalResults.Where(r => r.Products.Any(p => p.Id == productId));
        return organizationId is { } org ? results.Where(r => r.Organizations.Any(o => o.Id == org)) : results;
    }

    public static IQueryable<TranslationalStudy> TranslationalStudies(RegistryDbContext db, int productId, int? organizationId)
    {
        var studies = db.TranslationalStudies.Where(s => s.Products.Any(p => p.Id == productId));
        return organizationId is { } org ? studies.Where(s => s.Organizations.Any(o => o.Id == org)) : studies;
    }

    public static IQueryable<Patent> Patents(RegistryDbContext db, int productId, int? organizationId)
    {
        var patents = db.Patents.Where(p => p.Products.Any(product => product.Id == productId));
        return organizationId is { } org ? patents.Where(p => p.Assignees.Any(a => a.Id == org)) : patents;
    }

    public static IQueryable<Deal> Deals(RegistryDbContext db, int productId, int? organizationId)
    {
        var deals = db.Deals.Where(d => d.Products.Any(p => p.Id == productId));
        return organizationId is { } org ? deals.Where(d => d.Parties.Any(p => p.OrganizationId == org)) : deals;
    }
}
