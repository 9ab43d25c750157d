using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrialRegistry.Data;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>
/// User administration in a real browser: an admin creates an investigator of the seed trial's
/// sponsor, the investigator gets the edit rights that membership gives, and loses them when the
/// admin removes it. Its own app and database: it adds users other tests do not expect.
/// </summary>
public sealed partial class AdminUserBrowserTests(OwnAppWithBrowser app) : IClassFixture<OwnAppWithBrowser>
{
    private const string SeedTrial = TestAccounts.SeedTrial;

    /// <summary>A demo trial whose lead sponsor is Hadassah Medical Organization, not APHP.</summary>
    private const string OtherSponsorsTrial = "NCT00973089";

    private const string NewUserEmail = "new.investigator@aphp.test";

    private const string NewUserPassword = "Fresh-Password-2026";

    [Fact]
    public async Task An_admin_creates_an_investigator_of_the_sponsor_who_may_edit_its_trial_until_the_membership_is_removed()
    {
        await TestAccounts.CreateAdminAsync(app.Services, "admin@registry.test");
        await using var adminBrowser = await BrowserSession.StartAsync(app, app.Chromium);
        var admin = adminBrowser.Page;
        await TestAccounts.SignInAsync(admin, "admin@registry.test");

        // The form: e-mail, name, password, Investigator (checked by default), APHP through the picker.
        await adminBrowser.OpenAsync("/admin/users/new");
        await Input(admin, "email").FillAsync(NewUserEmail);
        await Input(admin, "display-name").FillAsync("Nadia Investigator");
        await Input(admin, "password").FillAsync(NewUserPassword);
        await Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "Investigator", Exact = false })).ToBeCheckedAsync();
        await PickOrganizationAsync(admin, "Assistance Publique", TestAccounts.Aphp);
        await Expect(admin.GetByTestId("memberships")).ToContainTextAsync(TestAccounts.Aphp);
        await adminBrowser.ScreenshotAsync("admin-new-user");
        await admin.GetByTestId("create").ClickAsync();

        await admin.WaitForURLAsync(UserPage());
        var userId = UserPage().Match(admin.Url).Groups[1].Value;
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Nadia Investigator" })).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("memberships")).ToContainTextAsync(TestAccounts.Aphp);
        Assert.Equal([TestAccounts.Aphp], await MembershipsAsync(userId));

        await admin.GetByTestId("sign-out").ClickAsync();
        await Expect(admin.GetByTestId("sign-in")).ToBeVisibleAsync();

        // The new user, in the same browser: the edit button on the sponsor's trial, none on another's.
        await TestAccounts.SignInAsync(admin, NewUserEmail, NewUserPassword);
        await Expect(admin.GetByTestId("user-name")).ToHaveTextAsync(NewUserEmail);
        await adminBrowser.OpenAsync("/trials/" + SeedTrial);
        await Expect(admin.GetByTestId("trial-edit")).ToBeVisibleAsync();
        await adminBrowser.OpenAsync("/trials/" + OtherSponsorsTrial);
        await Expect(admin.GetByTestId("trial-header")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("trial-edit")).ToHaveCountAsync(0);
        var editable = await admin.GotoAsync($"/trials/{SeedTrial}/edit");
        Assert.Equal((int)HttpStatusCode.OK, editable!.Status);
        await Expect(admin.GetByTestId("edit-save")).ToBeVisibleAsync();

        // The admin, in another browser, removes the membership; the user's session loses the right at once.
        await using var secondAdminBrowser = await BrowserSession.StartAsync(app, app.Chromium);
        var secondAdmin = secondAdminBrowser.Page;
        await TestAccounts.SignInAsync(secondAdmin, "admin@registry.test");
        await secondAdminBrowser.OpenAsync($"/admin/users/{userId}");
        var membership = secondAdmin.GetByTestId("memberships").Locator(".mud-chip", new() { HasText = TestAccounts.Aphp });
        await membership.Locator(".mud-chip-close-button").ClickAsync();
        await Expect(secondAdmin.GetByTestId("memberships")).ToContainTextAsync("No organizations");
        await secondAdmin.GetByTestId("save").ClickAsync();
        await Expect(secondAdmin.GetByText("Saved.")).ToBeVisibleAsync();
        Assert.Empty(await MembershipsAsync(userId));

        var refused = await admin.GotoAsync($"/trials/{SeedTrial}/edit");
        Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);
        await Expect(admin.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("edit-save")).ToHaveCountAsync(0);
        await adminBrowser.ScreenshotAsync("admin-membership-removed-forbidden");
        await adminBrowser.OpenAsync("/trials/" + SeedTrial);
        await Expect(admin.GetByTestId("trial-edit")).ToHaveCountAsync(0);
    }

    /// <summary>Types into the membership autocomplete and picks the organization from its list.</summary>
    private static async Task PickOrganizationAsync(IPage page, string typed, string name)
    {
        await Input(page, "organization-picker").FillAsync(typed);
        var option = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = name });
        await option.First.ClickAsync();
    }

    private async Task<List<string>> MembershipsAsync(string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.Organization.Name).ToListAsync();
    }

    // MudBlazor puts a text field's extra attributes (data-testid) on its <input> itself.
    private static ILocator Input(IPage page, string testId)
        => page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input");

    [GeneratedRegex("/admin/users/([0-9a-fA-F-]{36})$")]
    private static partial Regex UserPage();
}
