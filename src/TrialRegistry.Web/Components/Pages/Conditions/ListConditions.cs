using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Web.Components.Pages.Conditions;

/// <summary>One line of the conditions index.</summary>
public sealed record ConditionRow(int Id, string Name, string? MeshTerm, int TrialCount);

/// <summary>What the index shows, as its URL says it (?q=&amp;sort=&amp;page=). <see cref="Page"/> counts from 1.</summary>
public sealed record ConditionSearch(string? Query = null, string? Sort = null, int Page = 1)
{
    public const string SortByTrials = "trials";
    public const string SortByName = "name";

    public string EffectiveSort => Sort == SortByName ? SortByName : SortByTrials;
}

/// <summary>A page of the index plus the search it answers (so a persisted result is reused only for the same URL).</summary>
public sealed record ConditionPage(ConditionSearch Search, List<ConditionRow> Rows, int Total);

/// <summary>
/// Searches conditions by name (accent- and case-insensitively, through NormalizedName) or MeSH term;
/// names equal to the search first, then by number of trials or by name.
/// </summary>
public static partial class ListConditions
{
    public const int PageSize = 25;

    public static async Task<ConditionPage> QueryAsync(RegistryDbContext db, ConditionSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = Math.Max(1, search.Page);
        var text = NameNormalizer.Normalize(search.Query ?? string.Empty);
        var meshPattern = "%" + LikeSpecials().Replace((search.Query ?? string.Empty).Trim(), @"\$0") + "%";

        var conditions = db.Conditions.AsNoTracking();
        if (text.Length > 0)
        {
            // Both are served by trigram indexes (pg_trgm, issue 13), combined by a BitmapOr: LIKE on the
            // normalized name, ILIKE on the MeSH term (not lower(mesh_term), which no index covers).
            conditions = conditions.Where(c => c.NormalizedName.Contains(text) || (c.MeshTerm != null && EF.Functions.ILike(c.MeshTerm, meshPattern, @"\")));
        }

        var total = await conditions.CountAsync(cancellationToken);
        // The stored count (docs/decisions/0027-trial-counts.md), not a count(*) per name: the first page
        // of the whole index reads the count index in order and stops after a page.
        var rows = conditions.Join(db.Set<ConditionTrialCount>(), c => c.Id, n => n.ConditionId, (c, n) => new
        {
            c.Id,
            c.Name,
            c.NormalizedName,
            c.MeshTerm,
            Exact = text.Length > 0 && c.NormalizedName == text,
            TrialCount = n.Trials,
        });

        // Exact names first only when searching: without text the constant would hide the index order.
        var byName = search.EffectiveSort == ConditionSearch.SortByName;
        var ordered = text.Length == 0
            ? (byName ? rows.OrderBy(c => c.NormalizedName) : rows.OrderByDescending(c => c.TrialCount).ThenBy(c => c.NormalizedName))
            : (byName
                ? rows.OrderByDescending(c => c.Exact).ThenBy(c => c.NormalizedName)
                : rows.OrderByDescending(c => c.Exact).ThenByDescending(c => c.TrialCount).ThenBy(c => c.NormalizedName));
        var list = await ordered
            .ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new ConditionRow(c.Id, c.Name, c.MeshTerm, c.TrialCount))
            .ToListAsync(cancellationToken);
        return new ConditionPage(search, list, total);
    }

    /// <summary>What LIKE reads as wildcards or its escape: the typed text is searched literally.</summary>
    [GeneratedRegex(@"[\\%_]")]
    private static partial Regex LikeSpecials();
}
