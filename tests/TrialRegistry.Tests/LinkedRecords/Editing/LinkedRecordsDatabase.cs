using Microsoft.AspNetCore.Identity;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;

// Not TrialRegistry.Tests.LinkedRecords: that namespace would hide TrialRegistry.LinkedRecords from the other test folders.
namespace TrialRegistry.Tests.LinkedRecordEditing;

/// <summary>
/// A small registry for the editing tests: a product developed by APHP (with an alias, to match by),
/// a product of UCL, a trial, and three users as plain rows (these tests never sign in): an APHP
/// investigator, a UCL investigator and an admin.
/// </summary>
public sealed class LinkedRecordsDatabase : PostgresDatabase, IAsyncLifetime
{
    public const string Aphp = "Assistance Publique - Hôpitaux de Paris";
    public const string Ucl = "University College London";
    public const string Trial = "NCT90000200";

    public int ProductId { get; private set; }

    public int UclProductId { get; private set; }

    public int AphpId { get; private set; }

    public int UclId { get; private set; }

    public Actor AphpInvestigator { get; private set; } = null!;

    public Actor UclInvestigator { get; private set; } = null!;

    public Actor Admin { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var aphp = Organization.Create(Aphp, OrganizationClass.Other, "France");
        aphp.Aliases.Add(new OrganizationAlias { Name = "APHP", NormalizedName = "aphp" });
        var ucl = Organization.Create(Ucl, OrganizationClass.Other, "United Kingdom");
        var product = new Product { Name = "UC-MSC", NormalizedName = "uc msc", Type = ProductType.CellTherapy, Developers = [aphp] };
        var uclProduct = new Product { Name = "UCL cells", NormalizedName = "ucl cells", Type = ProductType.CellTherapy, Developers = [ucl] };
        db.AddRange(product, uclProduct, TestTrials.New(Trial, aphp));
        await db.SaveChangesAsync();
        (ProductId, UclProductId, AphpId, UclId) = (product.Id, uclProduct.Id, aphp.Id, ucl.Id);

        AphpInvestigator = await AddUserAsync(db, "investigator@aphp.example.org", aphp.Id, admin: false);
        UclInvestigator = await AddUserAsync(db, "investigator@ucl.example.org", ucl.Id, admin: false);
        Admin = await AddUserAsync(db, "admin@example.org", organizationId: null, admin: true);
    }

    private static async Task<Actor> AddUserAsync(RegistryDbContext db, string email, int? organizationId, bool admin)
    {
        var user = new RegistryUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, DisplayName = email };
        if (organizationId is { } id)
        {
            user.Memberships.Add(new OrganizationMembership { UserId = user.Id, OrganizationId = id });
        }

        db.Users.Add(user);
        if (admin)
        {
            var role = new IdentityRole(RegistryRoles.Admin) { NormalizedName = RegistryRoles.Admin.ToUpperInvariant() };
            db.Roles.Add(role);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
        return new Actor(user.Id, email, admin, "203.0.113.7");
    }
}
