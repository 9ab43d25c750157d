using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>
/// The trial editor in a real browser. Its own app and database (not the shared browser
/// collection): these tests change the seed trial, which other browser tests read as published.
/// </summary>
public sealed class TrialEditingBrowserTests(OwnAppWithBrowser app) : IClassFixture<OwnAppWithBrowser>
{
    private const string SeedTrial = TestAccounts.SeedTrial;

    [Fact]
    public async Task An_investigator_of_the_sponsor_edits_enrollment_and_dates_fixes_a_bad_date_saves_and_sees_the_diff_in_the_history()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "editor@aphp.test", TestAccounts.Aphp);
        await using var browser = await BrowserSession.StartAsync(app, app.Chromium);
        var page = browser.Page;
        await TestAccounts.SignInAsync(page, "editor@aphp.test");

        await browser.OpenAsync("/trials/" + SeedTrial);
        await page.GetByTestId("trial-edit").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/trials/{SeedTrial}/edit", StringComparison.Ordinal));
        await browser.WaitForEditorAsync();

        // The editor loads the record once interactive; on a busy machine that outlasts the 5 s default.
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Loading the trial" })).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await browser.ScreenshotAsync("trial-editor-open");
        var enrollment = page.GetByLabel("Enrollment", new() { Exact = true });
        await Expect(enrollment).ToHaveValueAsync("10");
        await Expect(Input(page, "edit-registry-id")).ToHaveValueAsync(SeedTrial);
        await Expect(Input(page, "edit-registry-id")).ToHaveAttributeAsync("readonly", new Regex(".*"));
        await Expect(page.GetByTestId("verify-status")).ToBeVisibleAsync();

        // A primary completion date before the start date: refused, with the message next to the field.
        await enrollment.FillAsync("12");
        var primaryCompletion = page.GetByLabel("Primary completion date", new() { Exact = true });
        await primaryCompletion.FillAsync("2019-01");
        await page.GetByTestId("edit-save").ClickAsync();

        const string orderMessage = "Primary completion date 2019-01 is before the start date 2019-09-11; it must be on or after it.";
        await Expect(page.GetByTestId("edit-problems")).ToContainTextAsync(orderMessage);
        var primaryField = page.Locator(".mud-input-control", new() { Has = primaryCompletion });
        await Expect(primaryField).ToContainTextAsync(orderMessage);
        await browser.ScreenshotAsync("trial-editor-invalid-date");

        // Fixed (both completion dates still ahead, so estimated is right): saved, back on the record.
        await primaryCompletion.FillAsync("2027-03");
        await page.GetByLabel("Completion date", new() { Exact = true }).FillAsync("2027-09");
        await Input(page, "edit-change-note").FillAsync("Recruitment extended");
        await page.GetByTestId("edit-save").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/trials/{SeedTrial}?saved=2", StringComparison.Ordinal));
        await Expect(page.GetByTestId("saved-notice")).ToHaveTextAsync($"Saved {SeedTrial} (version 2).");
        await Expect(page.GetByTestId("trial-header")).ToContainTextAsync("12 participants");
        await Expect(page.GetByTestId("section-status")).ToContainTextAsync("2027-03 (Estimated)");
        await browser.ScreenshotAsync("trial-editor-saved");

        // The history lists the imported version and the edit, and shows what changed.
        await page.GetByTestId("trial-history").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/trials/{SeedTrial}/history", StringComparison.Ordinal));
        await browser.WaitForInteractivityAsync();
        await Expect(page.GetByTestId("version-row")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("versions")).ToContainTextAsync("Recruitment extended");
        var enrollmentChange = page.Locator("[data-testid=field-change][data-path=EnrollmentCount]");
        await Expect(enrollmentChange).ToContainTextAsync("10");
        await Expect(enrollmentChange).ToContainTextAsync("12");
        await Expect(page.Locator("[data-testid=field-change][data-path^=PrimaryCompletionDate]").First).ToContainTextAsync("2027-03");
        await browser.ScreenshotAsync("trial-editor-history");
    }

    [Fact]
    public async Task An_investigator_of_another_organization_sees_no_edit_button_and_gets_403_on_the_edit_page()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "reader@ucl.test", TestAccounts.Ucl);
        await using var browser = await BrowserSession.StartAsync(app, app.Chromium);
        var page = browser.Page;
        await TestAccounts.SignInAsync(page, "reader@ucl.test");

        await browser.OpenAsync("/trials/" + SeedTrial);
        await Expect(page.GetByTestId("trial-history")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("trial-edit")).ToHaveCountAsync(0);

        var response = await page.GotoAsync($"/trials/{SeedTrial}/edit");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("edit-save")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("trial-editor-forbidden");
    }

    // MudBlazor puts a text field's extra attributes (data-testid) on its <input> itself.
    private static ILocator Input(IPage page, string testId)
        => page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input");
}
