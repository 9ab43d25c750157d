using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Products;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>What the product page shows above its trial list (plain records: persisted across prerendering).</summary>
public sealed record ProductDetailsView(
    int Id,
    string Name,
    ProductType Type,
    string? Description,
    List<string> Aliases,
    List<OrganizationLink> Developers,
    bool IsSynthetic);

public static class GetProductDetails
{
    public static Task<ProductDetailsView?> QueryAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
        => db.Products
            .AsNoTracking()
            .AsSplitQuery()
            .Where(p => p.Id == id)
            .Select(p => new ProductDetailsView(
                p.Id,
                p.Name,
                p.Type,
                p.Description,
                p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                p.Developers.OrderBy(d => d.Name).Select(d => new OrganizationLink(d.Id, d.Name)).ToList(),
                p.IsSynthetic))
            .SingleOrDefaultAsync(cancellationToken);
}
