using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Organizations;

namespace TrialRegistry.Web.Components.Pages.Organizations;

/// <summary>What the organization page shows above its trial list (plain records: persisted across prerendering).</summary>
public sealed record OrganizationDetailsView(
    int Id,
    string Name,
    OrganizationClass Class,
    string? Country,
    List<string> Aliases,
    bool IsSynthetic);

public static class GetOrganizationDetails
{
    public static Task<OrganizationDetailsView?> QueryAsync(RegistryDbContext db, int id, CancellationToken cancellationToken)
        => db.Organizations
            .AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OrganizationDetailsView(
                o.Id,
                o.Name,
                o.Class,
                o.Country,
                o.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                o.IsSynthetic))
            .SingleOrDefaultAsync(cancellationToken);
}
