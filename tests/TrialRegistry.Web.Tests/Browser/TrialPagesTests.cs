using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TrialPagesTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    private const string SeedTrial = "NCT03562065";

    [Fact]
    public async Task The_trial_list_pages_on_the_server_and_leads_to_the_seed_trial()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        // The trial list is the search page with no words and no filter: every trial, newest update first.
        await browser.OpenAsync("/trials");
        var registryIds = page.GetByTestId("trial-link");
        await Expect(registryIds).ToHaveCountAsync(20);
        await Expect(page.GetByTestId("trial-count")).ToHaveTextAsync(new Regex(@"^\d[\d,]* trials$"));
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Sort by" })).ToHaveValueAsync("updated");
        var firstPage = await registryIds.AllTextContentsAsync();
        await browser.ScreenshotAsync("trials-page-1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?after=[^&]+$"));
        await Expect(registryIds.First).Not.ToHaveTextAsync(firstPage[0]);
        await Expect(registryIds).ToHaveCountAsync(20);
        var secondPage = await registryIds.AllTextContentsAsync();
        Assert.Empty(secondPage.Intersect(firstPage));
        await Expect(page.GetByTestId("page-position")).ToContainTextAsync("Page 2 · 21–40 of");
        await browser.ScreenshotAsync("trials-page-2");

        // A row's link navigates inside the circuit to that trial's page.
        await registryIds.First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials/" + secondPage[0]).ToString());
        await Expect(page.GetByTestId("registry-id")).ToHaveTextAsync(secondPage[0]);

        await browser.OpenAsync("/trials/" + SeedTrial);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Treatment of Refractory Systemic Lupus Erythematosus by Allogeneic Mesenchymal Stem Cells Derived From the Umbilical Cord");
        await Expect(page.GetByTestId("registry-id")).ToHaveTextAsync(SeedTrial);
        var main = page.Locator("#main-content");
        await Expect(main).ToContainTextAsync("Assistance Publique - Hôpitaux de Paris");
        await Expect(main).ToContainTextAsync("Phase 1/Phase 2");
        await Expect(main).ToContainTextAsync("Unknown (last known: Recruiting)");
        var locations = page.GetByTestId("locations");
        await Expect(locations).ToContainTextAsync("Saint-Louis Hospital");
        await Expect(locations).ToContainTextAsync("Paris");
        await Expect(locations).ToContainTextAsync("France");
        await browser.ScreenshotAsync("trial-" + SeedTrial);
    }

    [Fact]
    public async Task An_unknown_registry_id_is_a_404_that_says_the_trial_is_not_found()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);

        var response = await browser.OpenAsync("/trials/NCT99999999");

        Assert.Equal(404, response?.Status);
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trial not found");
        await Expect(browser.Page.GetByTestId("not-found")).ToContainTextAsync("NCT99999999");
        await browser.ScreenshotAsync("trial-not-found");
    }
}
