using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Web.Components.Pages.Admin;
using TrialRegistry.Web.Security;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Accounts;

public sealed class UserAdministrationTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private static readonly Actor AdminActor = new("admin-id", "admin@test.local", IsAdmin: true, "127.0.0.1");

    [Fact]
    public async Task An_admin_creates_an_investigator_who_can_then_sign_in_and_the_audit_log_has_it()
    {
        var aphp = await OrganizationIdAsync(TestAccounts.Aphp);

        var result = await Administration().CreateAsync(
            new UserForm("new-investigator@test.local", "Dr New", [RegistryRoles.Investigator], [aphp]), TestAccounts.Password, AdminActor);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        await using var db = app.Database.CreateContext();
        var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == result.UserId);
        Assert.Equal("Dr New", user.DisplayName);
        Assert.Equal([aphp], user.Memberships.Select(m => m.OrganizationId));
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityId == user.Id && e.Source == AuditSource.Admin);
        Assert.Equal(AuditAction.Create, entry.Action);
        Assert.Equal("admin@test.local", entry.UserName);
        Assert.Equal("127.0.0.1", entry.ClientAddress);
        using var client = await TestAccounts.SignedInClientAsync(app, "new-investigator@test.local");
    }

    [Theory]
    [InlineData("Short-1a", "Passwords must be at least 12 characters.")]
    [InlineData("alllowercaseletters", PasswordClassesValidator.Message)]
    [InlineData("aaaaaaaaaaaaaaa1A", "Passwords must use at least 4 different characters.")]
    public async Task A_password_against_the_rules_is_refused_with_its_message_and_nothing_is_written(string password, string message)
    {
        var email = $"weak-{password.Length}-{password[0]}@test.local";

        var result = await Administration().CreateAsync(new UserForm(email, "Weak", [RegistryRoles.Investigator], []), password, AdminActor);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Field == "Password" && p.Message == message);
        await using var db = app.Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Summary != null && e.Summary.Contains(email)));
    }

    [Theory]
    [InlineData("", "Someone", RegistryRoles.Investigator, "Email", "Enter the user's e-mail address.")]
    [InlineData("not-an-email", "Someone", RegistryRoles.Investigator, "Email", "Enter a valid e-mail address (at most 256 characters).")]
    [InlineData("x@test.local", " ", RegistryRoles.Investigator, "DisplayName", "Enter the name shown in the history and the audit log.")]
    [InlineData("y@test.local", "Someone", "Superuser", "Roles", "Unknown role “Superuser”.")]
    public async Task Account_fields_are_checked_with_their_messages(string email, string name, string role, string field, string message)
    {
        var result = await Administration().CreateAsync(new UserForm(email, name, [role], []), TestAccounts.Password, AdminActor);

        Assert.Contains(result.Problems, p => p.Field == field && p.Message == message);
    }

    [Fact]
    public async Task A_second_account_with_the_same_e_mail_is_refused()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "twice@test.local");

        var result = await Administration().CreateAsync(new UserForm("twice@test.local", "Twice", [RegistryRoles.Investigator], []), TestAccounts.Password, AdminActor);

        Assert.Contains(result.Problems, p => p.Field == "Email" && p.Message == "An account with the e-mail twice@test.local already exists.");
    }

    [Fact]
    public async Task A_reset_password_follows_the_rules_and_replaces_the_old_one()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "reset@test.local");

        var weak = await Administration().ResetPasswordAsync(user.Id, "short", AdminActor);
        Assert.Contains(weak.Problems, p => p.Field == "Password" && p.Message == "Passwords must be at least 12 characters.");

        var reset = await Administration().ResetPasswordAsync(user.Id, "Another-Password-7", AdminActor);
        Assert.True(reset.Succeeded);
        using var anonymous = TestAccounts.CreateClient(app);
        using var old = await TestAccounts.PostLoginAsync(anonymous, "reset@test.local", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var client = await TestAccounts.SignedInClientAsync(app, "reset@test.local", "Another-Password-7");
        await using var db = app.Database.CreateContext();
        Assert.Contains(await db.AuditEntries.Where(e => e.EntityId == user.Id && e.Source == AuditSource.Admin).Select(e => e.Summary).ToListAsync(),
            s => s == "Reset the password of reset@test.local");
    }

    [Fact]
    public async Task An_unlocked_account_signs_in_again()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "unlock@test.local");
        using var client = TestAccounts.CreateClient(app);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await TestAccounts.PostLoginAsync(client, "unlock@test.local", "Wrong-Password-" + attempt);
        }

        var unlocked = await Administration().UnlockAsync(user.Id, AdminActor);

        Assert.True(unlocked.Succeeded);
        using var signedIn = await TestAccounts.SignedInClientAsync(app, "unlock@test.local");
    }

    [Fact]
    public async Task A_revoked_membership_takes_effect_at_the_next_request_without_signing_out()
    {
        var aphp = await OrganizationIdAsync(TestAccounts.Aphp);
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "revoked@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "revoked@test.local");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrialRegistry.Data.RegistryDbContext>();
            Assert.True(await EditRights.MayEditTrialAsync(db, user.Id, TestAccounts.SeedTrial));
        }

        var result = await Administration().UpdateAsync(user.Id, new UserForm("", "Revoked", [RegistryRoles.Investigator], []), AdminActor);

        Assert.True(result.Succeeded);
        await using var check = app.Database.CreateContext();
        Assert.False(await check.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == aphp));
        Assert.False(await EditRights.MayEditTrialAsync(check, user.Id, TestAccounts.SeedTrial));
        using var admin = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        var admin = await TestAccounts.CreateAdminAsync(app.Services, "self@test.local");

        var result = await Administration().UpdateAsync(admin.Id, new UserForm("", "Self", [RegistryRoles.Investigator], []),
            AdminActor with { UserId = admin.Id });

        Assert.Contains(result.Problems, p => p.Message == "You cannot remove your own Admin role; ask another admin.");
    }

    [Fact]
    public async Task The_audit_log_filters_by_user_and_action_newest_first_and_pages()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "audited@test.local");
        using var anonymous = TestAccounts.CreateClient(app);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var failed = await TestAccounts.PostLoginAsync(anonymous, "audited@test.local", "Wrong-Password-" + attempt);
        }

        await using var db = app.Database.CreateContext();
        var page = await BrowseAuditLog.RunAsync(db, new AuditQuery(User: "audited@test.local", Action: AuditAction.SignInFailed, PageSize: 2));
        var next = await BrowseAuditLog.RunAsync(db, new AuditQuery(User: "audited@test.local", Action: AuditAction.SignInFailed, PageSize: 2, Page: 1));

        Assert.Equal(3, page.Total);
        Assert.Equal(2, page.Entries.Count);
        Assert.Single(next.Entries);
        Assert.True(page.Entries[0].At >= page.Entries[1].At && page.Entries[1].At >= next.Entries[0].At);
        Assert.All(page.Entries.Concat(next.Entries), e => Assert.Equal(user.Id, e.EntityId));
        var none = await BrowseAuditLog.RunAsync(db, new AuditQuery(User: "audited@test.local", To: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
        Assert.Equal(0, none.Total);
    }

    private UserAdministration Administration() => app.Services.GetRequiredService<UserAdministration>();

    private async Task<int> OrganizationIdAsync(string name)
    {
        await using var db = app.Database.CreateContext();
        return await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }
}
