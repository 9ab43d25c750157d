using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages.Admin;

public sealed record UserRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Organizations,
    DateTimeOffset? LockedOutUntil, bool IsDemo);

/// <summary>Every account with its roles and organizations (an admin page; registries have tens of users, not millions).</summary>
public static class ListUsers
{
    public static async Task<List<UserRow>> RunAsync(RegistryDbContext db, string? search, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var now = DateTimeOffset.UtcNow;
        var rows = await users
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                u.IsDemo,
                Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id orderby r.Name select r.Name).ToList(),
                Organizations = u.Memberships.OrderBy(m => m.Organization.Name).Select(m => m.Organization.Name).ToList(),
            })
            .Take(1000)
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName, u.Roles.OfType<string>().ToList(), u.Organizations,
            u.LockoutEnd > now ? u.LockoutEnd : null, u.IsDemo)).ToList();
    }

    public static async Task<UserRow?> FindAsync(RegistryDbContext db, string userId, CancellationToken cancellationToken = default)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                u.IsDemo,
                Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new UserRow(row.Id, row.Email ?? "", row.DisplayName, row.Roles.OfType<string>().ToList(), [],
                row.LockoutEnd > DateTimeOffset.UtcNow ? row.LockoutEnd : null, row.IsDemo);
    }
}
