using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Data;

namespace TrialRegistry.Accounts;

/// <summary>
/// Who may change what (issue 5, "Rights"): admins edit everything; an investigator creates trials
/// led by one of their organizations, edits those trials, and edits the linked records of products
/// those organizations develop. Every answer is read from the database at the moment of the check,
/// so a role or membership an admin revokes takes effect on the next request, not at the next sign-in.
/// For an unknown trial or product an investigator gets false (403: membership cannot be shown) and
/// an admin true, so the admin's page answers with its own 404 (docs/decisions/0010).
/// </summary>
public static class EditRights
{
    public static Task<bool> IsAdminAsync(RegistryDbContext db, string userId, CancellationToken cancellationToken = default)
        => (from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == userId && role.Name == RegistryRoles.Admin
            select userRole).AnyAsync(cancellationToken);

    /// <summary>The organizations the user acts for (their memberships).</summary>
    public static IQueryable<int> OrganizationIdsOf(RegistryDbContext db, string userId)
        => db.Memberships.Where(m => m.UserId == userId).Select(m => m.OrganizationId);

    /// <summary>May the user register trials whose lead sponsor is <paramref name="organizationId"/>?</summary>
    public static async Task<bool> MayCreateTrialForAsync(RegistryDbContext db, string userId, int organizationId, CancellationToken cancellationToken = default)
        => await IsAdminAsync(db, userId, cancellationToken)
            || await db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganizationId == organizationId, cancellationToken);

    /// <summary>May the user open the new-trial form at all (admin, or member of at least one organization)?</summary>
    public static async Task<bool> MayCreateTrialsAsync(RegistryDbContext db, string userId, CancellationToken cancellationToken = default)
        => await IsAdminAsync(db, userId, cancellationToken)
            || await db.Memberships.AnyAsync(m => m.UserId == userId, cancellationToken);

    /// <summary>May the user edit the trial <paramref name="registryId"/> (admin, or member of its lead sponsor)?</summary>
    public static async Task<bool> MayEditTrialAsync(RegistryDbContext db, string userId, string registryId, CancellationToken cancellationToken = default)
        => await IsAdminAsync(db, userId, cancellationToken)
            || await db.Trials.AnyAsync(
                t => t.RegistryId == registryId && OrganizationIdsOf(db, userId).Contains(t.LeadSponsorId), cancellationToken);

    /// <summary>May the user create and edit the linked records of product <paramref name="productId"/> (admin, or member of one of its developers)?</summary>
    public static async Task<bool> MayEditProductRecordsAsync(RegistryDbContext db, string userId, int productId, CancellationToken cancellationToken = default)
        => await IsAdminAsync(db, userId, cancellationToken)
            || await db.Products.AnyAsync(
                p => p.Id == productId && p.Developers.Any(d => OrganizationIdsOf(db, userId).Contains(d.Id)), cancellationToken);

    /// <summary>
    /// The same questions for use cases that receive an <see cref="Actor"/>: tools (no user id) and
    /// admins may edit everything; for users the database decides.
    /// </summary>
    public static Task<bool> MayEditTrialAsync(RegistryDbContext db, Actor actor, string registryId, CancellationToken cancellationToken = default)
        => actor.UserId is null ? Task.FromResult(actor.IsAdmin) : MayEditTrialAsync(db, actor.UserId, registryId, cancellationToken);

    public static Task<bool> MayCreateTrialForAsync(RegistryDbContext db, Actor actor, int organizationId, CancellationToken cancellationToken = default)
        => actor.UserId is null ? Task.FromResult(actor.IsAdmin) : MayCreateTrialForAsync(db, actor.UserId, organizationId, cancellationToken);

    public static Task<bool> MayEditProductRecordsAsync(RegistryDbContext db, Actor actor, int productId, CancellationToken cancellationToken = default)
        => actor.UserId is null ? Task.FromResult(actor.IsAdmin) : MayEditProductRecordsAsync(db, actor.UserId, productId, cancellationToken);
}
