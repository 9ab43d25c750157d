using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    /// <summary>A trial grid's caption once its first page has loaded ("1 trial", "12 trials").</summary>
    private static readonly Regex TrialCount = new(@"^\d[\d,]* trials?$");

    [Fact]
    public async Task The_drawer_leads_from_home_to_products_and_organizations_and_their_records()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/");
        await Expect(page.GetByTestId("count-trials")).ToHaveTextAsync(new Regex(@"^[1-9][\d,]*$"));
        await browser.ScreenshotAsync("home");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await navigation.GetByRole(AriaRole.Link, new() { Name = "Products" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/products").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Products");
        var firstProduct = page.Locator("#main-content table a[href^='/products/']").First;
        await Expect(firstProduct).ToBeVisibleAsync();
        await browser.ScreenshotAsync("products");

        var productName = await firstProduct.TextContentAsync();
        await firstProduct.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(productName!);
        await Expect(page.GetByTestId("trial-count")).ToHaveTextAsync(TrialCount);
        await browser.ScreenshotAsync("product");

        await navigation.GetByRole(AriaRole.Link, new() { Name = "Organizations" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/organizations").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organizations");
        var firstOrganization = page.Locator("#main-content table a[href^='/organizations/']").First;
        await Expect(firstOrganization).ToBeVisibleAsync();
        await browser.ScreenshotAsync("organizations");

        var organizationName = await firstOrganization.TextContentAsync();
        await firstOrganization.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(organizationName!);
        await Expect(page.GetByTestId("trial-count")).ToHaveTextAsync(TrialCount);
        await browser.ScreenshotAsync("organization");
    }

    [Fact]
    public async Task On_a_phone_the_menu_button_opens_the_navigation()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        var page = browser.Page;
        await browser.OpenAsync("/");
        var trialsLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Trials" });
        await Expect(trialsLink).Not.ToBeInViewportAsync();
        await browser.ScreenshotAsync("home-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show navigation" }).ClickAsync();
        await Expect(trialsLink).ToBeInViewportAsync();
        await browser.ScreenshotAsync("home-phone-navigation");

        await trialsLink.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trials");
        await Expect(page.GetByTestId("trial-link")).ToHaveCountAsync(20);
        await browser.ScreenshotAsync("trials-phone");
    }
}
