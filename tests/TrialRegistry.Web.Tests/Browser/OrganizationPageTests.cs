using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class OrganizationPageTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    private const string Aphp = "Assistance Publique - Hôpitaux de Paris";
    private const string SeedProduct = "Allogeneic Umbilical Cord derived Mesenchymal Stem Cells";
    private const string SeedTrial = "NCT03562065";

    [Fact]
    public async Task The_APHP_page_shows_its_pipeline_its_trials_by_role_and_its_linked_records()
    {
        var aphp = await AphpAsync();
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        var response = await browser.OpenAsync($"/organizations/{aphp.Id}");

        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Aphp);
        await Expect(page.GetByTestId("organization-aliases")).ToContainTextAsync("AP-HP");

        // The pipeline: the seed product at Phase 2, the highest phase of its only trial (Phase 1/Phase 2).
        var seedRow = page.GetByTestId("pipeline-row").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = SeedProduct }) });
        await Expect(seedRow).ToHaveCountAsync(1);
        await Expect(seedRow.GetByTestId("pipeline-phase")).ToHaveTextAsync("Phase 2");
        await Expect(seedRow.GetByRole(AriaRole.Link, new() { Name = SeedProduct })).ToHaveAttributeAsync("href", new Regex(@"^/products/\d+$"));

        // Trials as lead sponsor: the seed trial, and the count the database gives.
        var trialTabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Trials by role" });
        await Expect(trialTabs.GetByRole(AriaRole.Link, new() { Name = $"Lead sponsor ({aphp.Lead})" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("trial-count")).ToHaveTextAsync($"{aphp.Lead} trials");
        await Expect(page.GetByTestId("trial-link").Filter(new() { HasText = SeedTrial })).ToHaveCountAsync(1);

        // The collaborator tab (a link: ?tab=collaborator) lists the trials it collaborates on.
        await trialTabs.GetByRole(AriaRole.Link, new() { Name = $"Collaborator ({aphp.Collaborator})" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/organizations/{aphp.Id}\\?tab=collaborator$"));
        await Expect(trialTabs.GetByRole(AriaRole.Link, new() { Name = $"Collaborator ({aphp.Collaborator})" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("collaborator-trial-count")).ToHaveTextAsync(aphp.Collaborator == 1 ? "1 trial" : $"{aphp.Collaborator} trials");
        await Expect(page.GetByTestId("trial-link")).ToHaveCountAsync(Math.Min(aphp.Collaborator, 10));

        await Expect(page.GetByTestId("section-patents").Locator("tbody tr")).ToHaveCountAsync(aphp.Patents);
        await Expect(page.GetByTestId("section-deals").Locator("tbody tr")).ToHaveCountAsync(aphp.Deals);
        await Expect(page.GetByTestId("chart-phase")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-status")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-years")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("organization-aphp");

        await using var phone = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        await phone.OpenAsync($"/organizations/{aphp.Id}");
        await Expect(phone.Page.GetByTestId("pipeline-phase").First).ToBeVisibleAsync();
        await Expect(phone.Page.GetByTestId("trial-link").First).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(phone.Page);
        await phone.ScreenshotAsync("organization-aphp-phone");
    }

    [Fact]
    public async Task The_prerendered_page_already_has_the_pipeline_and_linked_records()
    {
        var aphp = await AphpAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var html = await client.GetStringAsync($"/organizations/{aphp.Id}");

        Assert.Contains(SeedProduct, html, StringComparison.Ordinal);
        Assert.Contains("Phase 2", html, StringComparison.Ordinal);
        Assert.Contains("Patents", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_organization_is_a_404()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);

        var response = await browser.OpenAsync("/organizations/999999");

        Assert.Equal(404, response?.Status);
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organization not found");
    }

    [Theory]
    [InlineData("hopitaux de paris")]
    [InlineData("AP-HP")]
    public async Task The_index_finds_APHP_by_a_name_without_accents_or_by_an_alias(string text)
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/organizations");

        await page.GetByLabel("Search organizations").FillAsync(text);
        await page.GetByLabel("Search organizations").PressAsync("Enter");

        // The search goes into the URL (a GET form: spaces may come as +), so the result can be shared and reloaded.
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?q=" + Regex.Escape(Uri.EscapeDataString(text)).Replace("%20", "(%20|\\+)", StringComparison.Ordinal) + "$"));
        var links = page.GetByTestId("organization-link");
        await Expect(links.First).ToHaveTextAsync(Aphp);
        await browser.ScreenshotAsync("organizations-search-" + string.Concat(text.Where(char.IsLetter)).ToLowerInvariant());

        await page.ReloadAsync();
        await browser.WaitForInteractivityAsync();
        await Expect(page.GetByLabel("Search organizations")).ToHaveValueAsync(text);
        await Expect(page.GetByTestId("organization-link").First).ToHaveTextAsync(Aphp);

        await page.GetByTestId("organization-link").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Aphp);
    }

    [Fact]
    public async Task The_index_filters_by_class_and_pages_with_the_state_in_the_url()
    {
        int industry;
        await using (var db = app.Database.CreateContext())
        {
            industry = await db.Organizations.CountAsync(o => o.Class == TrialRegistry.Organizations.OrganizationClass.Industry);
        }

        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/organizations?class=INDUSTRY");

        await Expect(page.GetByTestId("organization-count")).ToHaveTextAsync($"{industry.ToString("N0", CultureInfo.InvariantCulture)} organizations");
        await Expect(page.GetByTestId("organization-link")).ToHaveCountAsync(Math.Min(industry, 25));

        await browser.OpenAsync("/organizations");
        var firstPage = await page.GetByTestId("organization-link").AllTextContentsAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Organization pages" }).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?page=2$"));
        await Expect(page.GetByTestId("organization-link").First).Not.ToHaveTextAsync(firstPage[0]);
        var secondPage = await page.GetByTestId("organization-link").AllTextContentsAsync();
        Assert.Empty(secondPage.Intersect(firstPage));
        await browser.ScreenshotAsync("organizations-page-2");

        await using var phone = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        await phone.OpenAsync("/organizations");
        await Expect(phone.Page.GetByTestId("organization-link").First).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(phone.Page);
        await phone.ScreenshotAsync("organizations-phone");
    }

    [Fact]
    public async Task Without_JavaScript_the_index_filters_sorts_searches_and_pages()
    {
        int industry;
        List<string> industryByName;
        await using (var db = app.Database.CreateContext())
        {
            var industrial = db.Organizations.Where(o => o.Class == TrialRegistry.Organizations.OrganizationClass.Industry);
            industry = await industrial.CountAsync();
            industryByName = await industrial.OrderBy(o => o.NormalizedName).ThenBy(o => o.Id).Select(o => o.Name).Take(25).ToListAsync();
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            BaseURL = app.BaseAddress.ToString(),
            Locale = "en-US",
        });
        context.SetDefaultTimeout(ChromiumBrowser.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(ChromiumBrowser.ActionTimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/organizations");
        var apply = page.GetByRole(AriaRole.Button, new() { Name = "Apply" });

        // Class and order: native selects, submitted by the form's button (the select's onchange needs script).
        await page.GetByLabel("Class").SelectOptionAsync("INDUSTRY");
        await page.GetByLabel("Sort by").SelectOptionAsync("name");
        await apply.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?class=INDUSTRY&sort=name$"));
        await Expect(page.GetByTestId("organization-count")).ToHaveTextAsync($"{industry.ToString("N0", CultureInfo.InvariantCulture)} organizations");
        await Expect(page.GetByTestId("organization-link")).ToHaveTextAsync(industryByName.ToArray());
        await Expect(page.GetByLabel("Class")).ToHaveValueAsync("INDUSTRY");
        await Expect(page.GetByLabel("Sort by")).ToHaveValueAsync("name");

        // The search keeps the class and the order.
        await page.GetByLabel("Search organizations").FillAsync("zzzz-no-such-organization");
        await page.GetByLabel("Search organizations").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?q=zzzz-no-such-organization&class=INDUSTRY&sort=name$"));
        await Expect(page.GetByTestId("organization-count")).ToHaveTextAsync(new Regex("^0 organizations"));

        // Paging the whole index: a link.
        await page.GotoAsync("/organizations");
        var firstPage = await page.GetByTestId("organization-link").AllTextContentsAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Organization pages" }).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizations\?page=2$"));
        Assert.Empty((await page.GetByTestId("organization-link").AllTextContentsAsync()).Intersect(firstPage));
    }

    private async Task<(int Id, int Lead, int Collaborator, int Patents, int Deals)> AphpAsync()
    {
        // Expected values from the database itself, not from the page's queries.
        await using var db = app.Database.CreateContext();
        var aphp = await db.Organizations.SingleAsync(o => o.Name == Aphp);
        return (
            aphp.Id,
            await db.Trials.CountAsync(t => t.LeadSponsorId == aphp.Id),
            await db.Trials.CountAsync(t => t.Collaborators.Any(c => c.OrganizationId == aphp.Id)),
            await db.Patents.CountAsync(p => p.Assignees.Any(a => a.Id == aphp.Id)),
            await db.Deals.CountAsync(d => d.Parties.Any(p => p.OrganizationId == aphp.Id)));
    }

    internal static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the phone screen.");
    }
}
