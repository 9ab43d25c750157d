using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Products;

namespace TrialRegistry.Web.Components.Pages.Products;

public sealed record ProductRow(int Id, string Name, ProductType Type, List<string> Developers, int TrialCount);

/// <summary>A page of products by name (offset paging, as the first trial list; see ListTrials).</summary>
public static class ListProducts
{
    public static async Task<(IReadOnlyList<ProductRow> Rows, int Total)> QueryAsync(
        RegistryDbContext db, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);

        var total = await db.Products.CountAsync(cancellationToken);
        var rows = await db.Products
            .AsNoTracking()
            .OrderBy(p => p.NormalizedName) // the matching key: lower case, so "allo-APZ2" sorts among the A's
            .ThenBy(p => p.Id)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(p => new ProductRow(
                p.Id,
                p.Name,
                p.Type,
                p.Developers.OrderBy(d => d.Name).Select(d => d.Name).ToList(),
                db.Interventions.Where(i => i.ProductId == p.Id).Select(i => i.TrialId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
