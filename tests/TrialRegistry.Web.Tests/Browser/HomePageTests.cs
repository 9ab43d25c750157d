using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Common;
using TrialRegistry.Trials;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    [Fact]
    public async Task The_home_page_counts_what_the_database_holds_and_links_each_count_to_the_search()
    {
        // Expected numbers from plain EF queries of the test's own, not from the page's query code.
        await using var db = app.Database.CreateContext();
        var totals = new Dictionary<string, int>
        {
            ["trials"] = await db.Trials.CountAsync(),
            ["organizations"] = await db.Organizations.CountAsync(),
            ["products"] = await db.Products.CountAsync(),
            ["conditions"] = await db.Conditions.CountAsync(),
        };
        var statuses = new Dictionary<OverallStatus, int>();
        foreach (var status in Enum.GetValues<OverallStatus>())
        {
            statuses[status] = await db.Trials.CountAsync(t => t.OverallStatus == status);
        }

        var phases = new Dictionary<Phase, int>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            phases[phase] = await db.Trials.CountAsync(t => t.Phases.Contains(phase));
        }

        var recent = (await db.Trials
                .Select(t => new { t.RegistryId, t.LastUpdatePostDate, t.UpdatedAt })
                .ToListAsync())
            .OrderBy(t => t.LastUpdatePostDate is null)
            .ThenByDescending(t => t.LastUpdatePostDate?.Date)
            .ThenByDescending(t => t.UpdatedAt)
            .ThenBy(t => t.RegistryId, StringComparer.Ordinal)
            .Take(10)
            .Select(t => t.RegistryId)
            .ToList();

        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/");

        foreach (var (label, count) in totals)
        {
            await Expect(page.GetByTestId("count-" + label)).ToHaveTextAsync(count.ToString("N0", CultureInfo.InvariantCulture));
        }

        foreach (var (status, count) in statuses)
        {
            var bar = page.GetByTestId("status-" + CtGovNames.ToCtGov(status));
            if (count == 0)
            {
                await Expect(bar).ToHaveCountAsync(0);
                continue;
            }

            await Expect(bar).ToContainTextAsync(count.ToString("N0", CultureInfo.InvariantCulture));
            await Expect(bar).ToHaveAttributeAsync("href", "/trials?status=" + CtGovNames.ToCtGov(status));
        }

        foreach (var (phase, count) in phases.Where(p => p.Value > 0))
        {
            var bar = page.GetByTestId("phase-" + CtGovNames.ToCtGov(phase));
            await Expect(bar).ToContainTextAsync(count.ToString("N0", CultureInfo.InvariantCulture));
            await Expect(bar).ToHaveAttributeAsync("href", "/trials?phase=" + CtGovNames.ToCtGov(phase));
        }

        Assert.Equal(recent, await page.GetByTestId("recent-trial-link").AllTextContentsAsync());
        await browser.ScreenshotAsync("home-counts");

        // A bar is a link into the search, narrowed to its value.
        await page.GetByTestId("phase-PHASE2").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2$"));
    }

    [Fact]
    public async Task The_search_box_goes_to_the_trial_search_with_the_words_typed()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/");

        await page.GetByLabel("Search trials").FillAsync("lupus");
        await page.GetByLabel("Search trials").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=lupus$"));

        await browser.OpenAsync("/");
        await page.GetByLabel("Search trials").FillAsync("stem cells");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=stem%20cells$"));
    }

    [Fact]
    public async Task An_identifier_typed_in_the_home_search_opens_its_trial_and_back_returns_home()
    {
        const string seedTrial = "NCT03562065";
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/");

        await page.GetByLabel("Search trials").FillAsync(" " + seedTrial.ToLowerInvariant() + " ");
        await page.GetByLabel("Search trials").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials/" + seedTrial).ToString());
        await Expect(page.GetByTestId("registry-id")).ToHaveTextAsync(seedTrial);
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Expect(page.GetByTestId("count-trials")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_search_form_works_before_the_page_is_interactive()
    {
        // Without scripts the form is a plain GET of /trials?q=...
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await page.RouteAsync("**/_framework/**", route => route.AbortAsync());
        await page.GotoAsync("/");

        await page.GetByLabel("Search trials").FillAsync("lupus");
        await page.GetByLabel("Search trials").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=lupus$"));
    }

    [Fact]
    public async Task The_home_page_fits_a_phone()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        await browser.OpenAsync("/");

        await Expect(browser.Page.GetByTestId("recent-trial").First).ToBeVisibleAsync();
        await OrganizationPageTests.AssertNoHorizontalScrollAsync(browser.Page);
        await browser.ScreenshotAsync("home-counts-phone");
    }
}
