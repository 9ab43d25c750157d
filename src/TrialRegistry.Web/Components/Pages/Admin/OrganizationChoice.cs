using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages.Admin;

/// <summary>An organization as the membership picker shows it.</summary>
public sealed record OrganizationChoice(int Id, string Name)
{
    public static async Task<List<OrganizationChoice>> SearchAsync(RegistryDbContext db, string? text, CancellationToken cancellationToken = default)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            organizations = organizations.Where(o => EF.Functions.ILike(o.Name, pattern) || o.Aliases.Any(a => EF.Functions.ILike(a.Name, pattern)));
        }

        return await organizations.OrderBy(o => o.Name).Take(20).Select(o => new OrganizationChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    public static Task<List<OrganizationChoice>> OfUserAsync(RegistryDbContext db, string userId, CancellationToken cancellationToken = default)
        => db.Memberships.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Organization.Name)
            .Select(m => new OrganizationChoice(m.OrganizationId, m.Organization.Name)).ToListAsync(cancellationToken);
}
