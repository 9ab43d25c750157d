using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Auditing;
using TrialRegistry.Web.Tests.Browser;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    [Fact]
    public async Task An_admin_signs_in_reaches_the_admin_pages_from_the_menu_and_signs_out()
    {
        var admin = await TestAccounts.CreateAdminAsync(app.Services, "browser-admin@test.local");
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        await browser.OpenAsync("/trials");
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/account/login?ReturnUrl=%2Ftrials").ToString());

        // The login page is static (it leaves the circuit): the address changes before the new page
        // has loaded, so wait for its form.
        await Expect(page.Locator("#login-email")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await browser.ScreenshotAsync("login");
        await page.Locator("#login-email").FillAsync("browser-admin@test.local");
        await page.Locator("#login-password").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials").ToString());
        await browser.WaitForInteractivityAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("browser-admin@test.local");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Users");
        await Expect(page.GetByTestId("users")).ToContainTextAsync("browser-admin@test.local");
        await browser.ScreenshotAsync("admin-users");

        await navigation.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page.GetByTestId("audit-entries")).ToContainTextAsync("browser-admin@test.local");
        await browser.ScreenshotAsync("admin-audit");

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
        await using var db = app.Database.CreateContext();
        var actions = await db.AuditEntries.Where(e => e.UserId == admin.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.SignIn, AuditAction.SignOut], actions.Select(e => e.Action));
        Assert.All(actions, e => Assert.Equal("127.0.0.1", e.ClientAddress));
    }

    [Fact]
    public async Task The_sign_in_helper_signs_an_investigator_in_and_admin_pages_refuse_them()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "browser-investigator@test.local", TestAccounts.Ucl);
        await using var browser = await BrowserSession.StartAsync(app, chromium);

        await TestAccounts.SignInAsync(browser.Page, "browser-investigator@test.local");
        var response = await browser.Page.GotoAsync("/admin/users");

        Assert.Equal(403, response?.Status);
        await Expect(browser.Page.GetByTestId("access-denied")).ToContainTextAsync("Administrators only");
        await Expect(browser.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
    }
}
