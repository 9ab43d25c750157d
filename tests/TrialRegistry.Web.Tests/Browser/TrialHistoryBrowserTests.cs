using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using TrialRegistry.Web.Tests.Trials.History;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>The public history of a trial, /trials/{registryId}/history, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrialHistoryBrowserTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    /// <summary>A demo trial no other browser test reads; the versions written here only show on its history.</summary>
    private const string Trial = "NCT00260338";

    [Fact]
    public async Task The_history_lists_versions_and_compares_any_two_with_the_choice_in_the_url()
    {
        await EnsureVersionsAsync();
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        await browser.OpenAsync($"/trials/{Trial}/history");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("History of changes");
        await Expect(page.GetByTestId("version-row")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("diff-summary")).ToHaveTextAsync("3 changes from version 2 to version 3.");
        await Expect(page.Locator("[data-path='Arms[1]']")).ToContainTextAsync("Placebo infusion");
        await browser.ScreenshotAsync("trial-history");

        // A version's "Changes" link shows what it changed, in the URL and on screen, without a reload.
        await page.GetByRole(AriaRole.Link, new() { Name = "What version 2 changed" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/history\?from=1&to=2$"));
        await Expect(page.GetByTestId("diff-summary")).ToHaveTextAsync("2 changes from version 1 to version 2.");
        var summary = page.Locator("[data-path='BriefSummary'] [data-testid=text-diff]");
        await Expect(summary.Locator("del").First).ToContainTextAsync("one");
        await Expect(summary.Locator("ins").First).ToContainTextAsync("two");
        await browser.ScreenshotAsync("trial-history-text-diff");

        // The labelled selects compare any two versions; back returns to the previous comparison.
        await page.GetByLabel("From version").SelectOptionAsync("1");
        await page.GetByLabel("To version").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/history\?from=1&to=3$"));
        await Expect(page.GetByTestId("diff-summary")).ToHaveTextAsync("5 changes from version 1 to version 3.");
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/history\?from=1&to=2$"));
        await Expect(page.GetByTestId("diff-summary")).ToHaveTextAsync("2 changes from version 1 to version 2.");

        await page.GetByTestId("back-to-record").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/trials/{Trial}$"));
    }

    [Fact]
    public async Task The_history_fits_a_phone_screen()
    {
        await EnsureVersionsAsync();
        await using var phone = await BrowserSession.StartAsync(app, chromium, width: BrowserSession.PhoneWidth, height: 800);

        await phone.OpenAsync($"/trials/{Trial}/history?from=1&to=3");

        await Expect(phone.Page.GetByTestId("diff-summary")).ToHaveTextAsync("5 changes from version 1 to version 3.");
        var overflow = await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow}px at {BrowserSession.PhoneWidth}px.");
        await phone.ScreenshotAsync("trial-history-phone");
    }

    private async Task EnsureVersionsAsync()
    {
        await using var db = app.Database.CreateContext();
        if (!await db.TrialVersions.AnyAsync(v => v.Trial.RegistryId == Trial))
        {
            await HistoryVersions.AddAsync(db, Trial);
        }
    }
}
