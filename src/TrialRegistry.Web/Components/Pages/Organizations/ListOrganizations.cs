using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Organizations;

namespace TrialRegistry.Web.Components.Pages.Organizations;

public sealed record OrganizationRow(int Id, string Name, OrganizationClass Class, string? Country, int LeadTrialCount);

/// <summary>A page of organizations by name (offset paging, as the first trial list; see ListTrials).</summary>
public static class ListOrganizations
{
    public static async Task<(IReadOnlyList<OrganizationRow> Rows, int Total)> QueryAsync(
        RegistryDbContext db, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);

        var total = await db.Organizations.CountAsync(cancellationToken);
        var rows = await db.Organizations
            .AsNoTracking()
            .OrderBy(o => o.NormalizedName) // the matching key: lower case, accents removed, so "École" sorts among the E's
            .ThenBy(o => o.Id)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(o => new OrganizationRow(
                o.Id,
                o.Name,
                o.Class,
                o.Country,
                db.Trials.Count(t => t.LeadSponsorId == o.Id)))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
