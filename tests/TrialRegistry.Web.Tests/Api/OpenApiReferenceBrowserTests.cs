using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Browser;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Api;

/// <summary>The API link of the navigation opens the reference page, which renders this server's document.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenApiReferenceBrowserTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    [Fact]
    public async Task The_navigation_leads_to_the_api_reference_which_lists_the_registry_endpoints()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/");
        await browser.WaitForInteractivityAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "API" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/api/reference/?$"));
        // Scalar's bundle is a few megabytes: give it time to start and fetch /openapi/v1.json.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TrialRegistry API", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var sidebar = page.GetByRole(AriaRole.Complementary);
        foreach (var tag in new[] { "Registry: products", "Registry: organizations", "Registry: study history", "Feeds" })
        {
            await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = tag, Exact = true })).ToBeVisibleAsync();
        }
        await browser.ScreenshotAsync("api-reference");
    }
}
