using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// One record of a sitemap file: what its public page's URL ends with (the registry id of a trial,
/// the id of the others) and its update time if the kind has one.
/// </summary>
public sealed record SitemapRecord(int Id, string? RegistryId, DateTimeOffset? LastModified)
{
    public string PageKey => RegistryId ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The records of one sitemap file, in id order: the ids ((page-1)·pageSize, page·pageSize] of the
/// kind, a primary-key range scan reading only the columns the URL and lastmod need. Every record is
/// public: the record pages show any trial, product, organization or condition that exists (there is
/// no draft or withheld state), so the sitemaps list them all.
/// </summary>
public static class LoadSitemapPage
{
    /// <summary>The file's records, or null when the page number lies beyond any id.</summary>
    public static IQueryable<SitemapRecord>? Query(RegistryDbContext db, SitemapKind kind, int page, int pageSize)
    {
        var first = ((long)page - 1) * pageSize + 1;
        if (page < 1 || first > int.MaxValue)
        {
            return null;
        }

        var from = (int)first;
        var to = (int)Math.Min((long)page * pageSize, int.MaxValue);
        return kind switch
        {
            // Trial pages are addressed by registry id (/trials/NCT01234567), the others by id.
            SitemapKind.Trials => db.Trials.AsNoTracking()
                .Where(t => t.Id >= from && t.Id <= to)
                .OrderBy(t => t.Id)
                .Select(t => new SitemapRecord(t.Id, t.RegistryId, t.UpdatedAt)),
            SitemapKind.Products => db.Products.AsNoTracking()
                .Where(p => p.Id >= from && p.Id <= to)
                .OrderBy(p => p.Id)
                .Select(p => new SitemapRecord(p.Id, null, null)),
            SitemapKind.Organizations => db.Organizations.AsNoTracking()
                .Where(o => o.Id >= from && o.Id <= to)
                .OrderBy(o => o.Id)
                .Select(o => new SitemapRecord(o.Id, null, null)),
            SitemapKind.Conditions => db.Conditions.AsNoTracking()
                .Where(c => c.Id >= from && c.Id <= to)
                .OrderBy(c => c.Id)
                .Select(c => new SitemapRecord(c.Id, null, null)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
