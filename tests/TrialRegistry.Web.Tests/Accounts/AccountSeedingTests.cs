using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Accounts;
using TrialRegistry.Web.Hosting;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Accounts;

/// <summary>The app started with Admin:Email/Admin:Password and the demo accounts switched on.</summary>
public sealed class SeededAccountsApp : RegistryAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Admin:Email", "first-admin@test.local");
        builder.UseSetting("Admin:Password", "First-Admin-Password-9");
        builder.UseSetting("DemoData:Accounts", "true");
    }
}

public sealed class AccountSeedingTests(SeededAccountsApp app) : IClassFixture<SeededAccountsApp>
{
    [Fact]
    public async Task The_first_admin_comes_from_configuration_and_signs_in()
    {
        _ = app.Services;
        await using var db = app.Database.CreateContext();
        var admin = await db.Users.SingleAsync(u => u.Email == "first-admin@test.local");
        Assert.False(admin.IsDemo);
        Assert.True(await EditRights.IsAdminAsync(db, admin.Id));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityId == admin.Id && e.Summary == "Admin created: first-admin@test.local"));
        using var client = await TestAccounts.SignedInClientAsync(app, "first-admin@test.local", "First-Admin-Password-9");
        using var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task The_demo_accounts_exist_flagged_with_their_roles_and_organizations_and_a_second_run_adds_nothing()
    {
        _ = app.Services;
        await AccountSeeding.EnsureDemoAccountsAsync(app.Services, CancellationToken.None);

        await using var db = app.Database.CreateContext();
        var demo = await db.Users.Where(u => u.IsDemo).Include(u => u.Memberships).ThenInclude(m => m.Organization).ToListAsync();
        Assert.Equal(
            ["admin@demo.trialregistry.local", "investigator@aphp.demo.trialregistry.local", "investigator@ucl.demo.trialregistry.local"],
            demo.Select(u => u.Email).Order());
        var aphp = demo.Single(u => u.Email!.Contains("aphp", StringComparison.Ordinal));
        Assert.Equal(TestAccounts.Aphp, Assert.Single(aphp.Memberships).Organization.Name);
        Assert.True(await EditRights.MayEditTrialAsync(db, aphp.Id, TestAccounts.SeedTrial));
        var ucl = demo.Single(u => u.Email!.Contains("ucl", StringComparison.Ordinal));
        Assert.False(await EditRights.MayEditTrialAsync(db, ucl.Id, TestAccounts.SeedTrial));
        Assert.True(await EditRights.IsAdminAsync(db, demo.Single(u => u.Email!.StartsWith("admin", StringComparison.Ordinal)).Id));
        using var client = await TestAccounts.SignedInClientAsync(app, "investigator@aphp.demo.trialregistry.local", AccountSeeding.DemoPassword);
    }
}

public sealed class NoDemoAccountsTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task Without_the_demo_switch_there_are_no_demo_accounts_and_no_admin()
    {
        _ = app.Services;
        await using var db = app.Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.IsDemo));
        Assert.False(await db.UserRoles.AnyAsync());
    }
}
