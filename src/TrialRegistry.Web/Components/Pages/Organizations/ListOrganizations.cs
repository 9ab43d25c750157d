using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Organizations;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Web.Components.Pages.Organizations;

/// <summary>
/// One line of the organizations index. <see cref="MatchedAlias"/> is the alias the search matched
/// when the name itself did not ("AP-HP" for Assistance Publique - Hôpitaux de Paris).
/// </summary>
public sealed record OrganizationRow(int Id, string Name, OrganizationClass Class, string? Country, int LeadTrialCount, string? MatchedAlias = null);

/// <summary>What the index shows, as its URL says it (?q=&amp;class=&amp;sort=&amp;page=). <see cref="Page"/> counts from 1.</summary>
public sealed record OrganizationSearch(string? Query = null, OrganizationClass? Class = null, string? Sort = null, int Page = 1)
{
    public const string SortByTrials = "trials";
    public const string SortByName = "name";

    public string EffectiveSort => Sort == SortByName ? SortByName : SortByTrials;
}

/// <summary>A page of the index plus the search it answers (so a persisted result is reused only for the same URL).</summary>
public sealed record OrganizationPage(OrganizationSearch Search, List<OrganizationRow> Rows, int Total);

/// <summary>
/// Searches organizations by name or alias, accent- and case-insensitively: the text is normalized as
/// names are (NameNormalizer) and matched against the stored NormalizedName keys. Names or aliases equal
/// to the search come first, then the chosen order. The contains-search goes through trigram indexes
/// (pg_trgm GIN) on both keys; offset paging over the filtered set is fine here.
/// </summary>
public static class ListOrganizations
{
    public const int PageSize = 25;

    public static async Task<OrganizationPage> QueryAsync(RegistryDbContext db, OrganizationSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = Math.Max(1, search.Page);
        var text = NameNormalizer.Normalize(search.Query ?? string.Empty);

        var organizations = db.Organizations.AsNoTracking();
        if (text.Length > 0)
        {
            // Contains is LIKE '%text%', which the trigram indexes on both names serve (pg_trgm, issue 13);
            // as a UNION of two index scans: an OR with an EXISTS on the aliases could use neither index.
            var named = db.Organizations.Where(o => o.NormalizedName.Contains(text)).Select(o => o.Id)
                .Union(db.Set<OrganizationAlias>().Where(a => a.NormalizedName.Contains(text)).Select(a => a.OrganizationId));
            organizations = organizations.Where(o => named.Contains(o.Id));
        }

        if (search.Class is { } organizationClass)
        {
            organizations = organizations.Where(o => o.Class == organizationClass);
        }

        var total = await organizations.CountAsync(cancellationToken);

        // The stored count (docs/decisions/0027-trial-counts.md), not a count(*) per name: the first page
        // of the whole index reads the count index in order and stops after a page.
        var rows = organizations.Join(db.Set<OrganizationTrialCount>(), o => o.Id, c => c.OrganizationId, (o, c) => new
        {
            o.Id,
            o.Name,
            o.NormalizedName,
            o.Class,
            o.Country,
            Exact = text.Length > 0 && (o.NormalizedName == text || o.Aliases.Any(a => a.NormalizedName == text)),
            LeadTrialCount = c.LeadTrials,
            MatchedAlias = text.Length == 0 || o.NormalizedName.Contains(text)
                ? null
                : o.Aliases.Where(a => a.NormalizedName.Contains(text)).OrderBy(a => a.Name).Select(a => a.Name).FirstOrDefault(),
        });

        // Exact names first only when searching: without text the constant would hide the index order.
        var byName = search.EffectiveSort == OrganizationSearch.SortByName;
        var ordered = text.Length == 0
            ? (byName ? rows.OrderBy(o => o.NormalizedName) : rows.OrderByDescending(o => o.LeadTrialCount).ThenBy(o => o.NormalizedName))
            : (byName
                ? rows.OrderByDescending(o => o.Exact).ThenBy(o => o.NormalizedName)
                : rows.OrderByDescending(o => o.Exact).ThenByDescending(o => o.LeadTrialCount).ThenBy(o => o.NormalizedName));
        var list = await ordered
            .ThenBy(o => o.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.Class, o.Country, o.LeadTrialCount, o.MatchedAlias))
            .ToListAsync(cancellationToken);
        return new OrganizationPage(search, list, total);
    }
}
