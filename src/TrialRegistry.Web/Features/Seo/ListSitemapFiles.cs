using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>One file of the sitemap index: the kind's page-th id range, and its newest record's update time where the kind has one.</summary>
public sealed record SitemapFile(SitemapKind Kind, int Page, DateTimeOffset? LastModified);

/// <summary>
/// The files the sitemap index lists: for each kind, the id ranges of <see cref="SitemapOptions.PageSize"/>
/// that hold at least one record (an empty range would be an invalid, empty urlset). Pages are keyed
/// by id range, not by rank, so a record stays in the same file when others are added or deleted
/// and the files' lastmod stays meaningful; the price is files a little under the limit where ids
/// have gaps. Each kind is one grouped scan (no OFFSET).
/// </summary>
public static class ListSitemapFiles
{
    public static async Task<List<SitemapFile>> RunAsync(RegistryDbContext db, int pageSize, CancellationToken cancellationToken)
    {
        var files = new List<SitemapFile>();

        // Trials carry an update time: the file's lastmod is its newest one.
        var trialBlocks = await db.Trials.AsNoTracking()
            .GroupBy(t => (t.Id - 1) / pageSize)
            .Select(g => new { Block = g.Key, LastModified = g.Max(t => t.UpdatedAt) })
            .ToListAsync(cancellationToken);
        files.AddRange(trialBlocks.OrderBy(b => b.Block).Select(b => new SitemapFile(SitemapKind.Trials, b.Block + 1, b.LastModified)));

        // Products, organizations and conditions have no update time: files without lastmod.
        await AddBlocksAsync(files, SitemapKind.Products, db.Products.Select(p => p.Id), pageSize, cancellationToken);
        await AddBlocksAsync(files, SitemapKind.Organizations, db.Organizations.Select(o => o.Id), pageSize, cancellationToken);
        await AddBlocksAsync(files, SitemapKind.Conditions, db.Conditions.Select(c => c.Id), pageSize, cancellationToken);
        return files;
    }

    private static async Task AddBlocksAsync(
        List<SitemapFile> files, SitemapKind kind, IQueryable<int> ids, int pageSize, CancellationToken cancellationToken)
    {
        var blocks = await ids.Select(id => (id - 1) / pageSize).Distinct().ToListAsync(cancellationToken);
        files.AddRange(blocks.Order().Select(block => new SitemapFile(kind, block + 1, null)));
    }
}
