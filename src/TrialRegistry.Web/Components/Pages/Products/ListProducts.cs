using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Products;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>
/// One product of the index. <see cref="MatchedAlias"/> is set when the search matched an alias and not
/// the name, so the user sees why "ryoncil" listed remestemcel-L.
/// </summary>
public sealed record ProductRow(int Id, string Name, ProductType Type, List<string> Developers, int TrialCount, string? MatchedAlias);

/// <summary>What the index asks for: search text (name or alias), a type, a page, an order.</summary>
public sealed record ProductSearch(string? Text, ProductType? Type, int Page, int PageSize, string? Sort = null, bool Descending = false)
{
    public const string SortName = "name";
    public const string SortTrials = "trials";
}

public sealed record ProductSearchResult(IReadOnlyList<ProductRow> Rows, int Total);

public sealed record ProductTypeCount(ProductType Type, int Products);

/// <summary>
/// The products index. Search matches the name or an alias on their NormalizedName (lower case, accents
/// and punctuation removed by <see cref="NameNormalizer"/>), so "hopitaux" finds "Hôpitaux" and "uc msc"
/// finds "UC-MSC"; names that start with the text rank above names that contain it.
/// </summary>
public static class ListProducts
{
    public static async Task<ProductSearchResult> QueryAsync(RegistryDbContext db, ProductSearch search, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(search.Page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(search.PageSize);

        var text = Normalize(search.Text);
        var products = Matching(db, text);
        if (search.Type is { } type)
        {
            products = products.Where(p => p.Type == type);
        }

        var total = await products.CountAsync(cancellationToken);

        // The stored count (docs/decisions/0027-trial-counts.md), not a count(DISTINCT trial) per product.
        var counted = products.Join(db.Set<ProductTrialCount>(), p => p.Id, c => c.ProductId, (p, c) => new { Product = p, c.Trials });
        var ordered = search.Sort switch
        {
            ProductSearch.SortTrials => search.Descending
                ? counted.OrderByDescending(p => p.Trials).ThenBy(p => p.Product.NormalizedName)
                : counted.OrderBy(p => p.Trials).ThenBy(p => p.Product.NormalizedName),
            ProductSearch.SortName => search.Descending ? counted.OrderByDescending(p => p.Product.NormalizedName) : counted.OrderBy(p => p.Product.NormalizedName),

            // No order asked for: the closest names first when searching, then by name.
            _ => text is null
                ? counted.OrderBy(p => p.Product.NormalizedName)
                : counted.OrderBy(p => p.Product.NormalizedName.StartsWith(text) ? 0 : p.Product.NormalizedName.Contains(text) ? 1 : 2).ThenBy(p => p.Product.NormalizedName),
        };
        var rows = await ordered
            .ThenBy(p => p.Product.Id)
            .Skip(search.Page * search.PageSize)
            .Take(search.PageSize)
            .Select(p => new ProductRow(
                p.Product.Id,
                p.Product.Name,
                p.Product.Type,
                p.Product.Developers.OrderBy(d => d.Name).Select(d => d.Name).ToList(),
                p.Trials,
                text == null || p.Product.NormalizedName.Contains(text)
                    ? null
                    : p.Product.Aliases.Where(a => a.NormalizedName.Contains(text)).OrderBy(a => a.Name).Select(a => a.Name).FirstOrDefault()))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new ProductSearchResult(rows, total);
    }

    /// <summary>How many products of each type match the search text (the type filter's counts).</summary>
    public static async Task<List<ProductTypeCount>> CountByTypeAsync(RegistryDbContext db, string? text, CancellationToken cancellationToken)
    {
        var counts = await Matching(db, Normalize(text))
            .GroupBy(p => p.Type)
            .Select(g => new { Type = g.Key, Products = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.Select(c => new ProductTypeCount(c.Type, c.Products)).OrderBy(c => c.Type).ToList();
    }

    // Contains is LIKE '%text%', which the trigram indexes on both names serve (pg_trgm, issue 13); as a
    // UNION of two index scans: an OR with an EXISTS on the aliases could use neither index.
    private static IQueryable<Product> Matching(RegistryDbContext db, string? text)
    {
        if (text is null)
        {
            return db.Products;
        }

        var named = db.Products.Where(p => p.NormalizedName.Contains(text)).Select(p => p.Id)
            .Union(db.Set<ProductAlias>().Where(a => a.NormalizedName.Contains(text)).Select(a => a.ProductId));
        return db.Products.Where(p => named.Contains(p.Id));
    }

    private static string? Normalize(string? text)
        => string.IsNullOrWhiteSpace(text) || NameNormalizer.Normalize(text) is not { Length: > 0 } normalized ? null : normalized;
}
