using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Products;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProductPageTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    private const string SeedProduct = "Allogeneic Umbilical Cord derived Mesenchymal Stem Cells";
    private const string Aphp = "Assistance Publique - Hôpitaux de Paris";

    /// <summary>The tabs in their order, as the URL names them (?tab=) and as they read.</summary>
    private static readonly (string Key, string Title)[] Tabs =
    [
        ("trials", "Clinical trials"),
        ("results", "Clinical results"),
        ("translational", "Translational medicine"),
        ("patents", "Patents"),
        ("deals", "Deals"),
    ];

    [Fact]
    public async Task The_seed_product_page_counts_what_the_database_holds_and_keeps_tab_and_filter_in_the_url()
    {
        var (productId, aphpId) = await SeedIdsAsync();
        var all = await ExpectedCountsAsync(productId, organizationId: null);
        var atAphp = await ExpectedCountsAsync(productId, aphpId);
        Assert.All(all.Values, count => Assert.True(count > 0, "The seed product has records of every kind."));

        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var productUrl = new Uri(app.BaseAddress, $"/products/{productId}").ToString();
        await browser.OpenAsync($"/products/{productId}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedProduct);
        await Expect(page.GetByTestId("product-developers")).ToHaveTextAsync(Aphp);
        await Expect(page.GetByTestId("product-aliases")).ToContainTextAsync("UC-MSC (APHP)");
        await Expect(page.GetByTestId("product-developers").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/organizations/{aphpId}");
        var tabs = TabLinks(page);
        await Expect(tabs).ToHaveCountAsync(5);
        await ExpectTabCountsAsync(page, all);
        for (var i = 0; i < Tabs.Length; i++)
        {
            await Expect(tabs.Nth(i)).ToContainTextAsync(Tabs[i].Title);
        }

        // The trials tab by default, with the seed trial.
        await Expect(tabs.Nth(0)).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("trial-link")).ToHaveTextAsync(["NCT03562065"]);
        await Expect(page.GetByTestId("chart-phase")).ToContainTextAsync("Phase 1/Phase 2");
        await Expect(page.GetByTestId("chart-status")).ToContainTextAsync("Unknown");
        await browser.ScreenshotAsync("product-seed");

        // Clinical results: a tab in the URL, a page of rows, a sort, a second page: links, all in the URL.
        await tabs.Nth(1).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results");
        var results = page.GetByTestId("table-results");
        await Expect(page.GetByTestId("results-count")).ToHaveTextAsync($"{all["results"]} clinical results");
        await Expect(results.Locator("tbody tr")).ToHaveCountAsync(Math.Min(10, all["results"]));
        var titles = await ResultTitlesAsync(productId);
        await results.GetByRole(AriaRole.Columnheader, new() { Name = "Title" }).GetByText("Title").ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results&sort=title&dir=asc");
        await Expect(results.Locator("tbody td[data-label=Title]")).ToHaveTextAsync(titles.Take(10).ToArray());
        await ResultPages(page).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results&sort=title&dir=asc&page=2");
        await Expect(results.Locator("tbody td[data-label=Title]")).ToHaveTextAsync(titles.Skip(10).Take(10).ToArray());

        // Back: the first page again, as the URL says.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results&sort=title&dir=asc");
        await Expect(results.Locator("tbody td[data-label=Title]")).ToHaveTextAsync(titles.Take(10).ToArray());
        await browser.ScreenshotAsync("product-seed-results");

        await tabs.Nth(3).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=patents");
        await Expect(page.GetByTestId("table-patents").Locator("tbody tr")).ToHaveCountAsync(Math.Min(10, all["patents"]));
        await Expect(page.GetByTestId("table-patents")).ToContainTextAsync("EP3703712B1");

        await tabs.Nth(4).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=deals");
        await Expect(page.GetByTestId("table-deals").Locator("tbody tr")).ToHaveCountAsync(Math.Min(10, all["deals"]));
        await Expect(page.GetByTestId("table-deals")).ToContainTextAsync("(principal)");

        // The seed page's "associated with ... (APHP)": counts as the database says, the tab kept.
        await page.GetByTestId("organization-filter").SelectOptionAsync(aphpId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page).ToHaveURLAsync(new Regex($"/products/{productId}\\?(org={aphpId}&tab=deals|tab=deals&org={aphpId})$"));
        await ExpectTabCountsAsync(page, atAphp);
        await Expect(page.GetByTestId("deals-count")).ToHaveTextAsync($"{atAphp["deals"]} deal{(atAphp["deals"] == 1 ? "" : "s")}");
        await Expect(page.GetByTestId("table-deals")).ToContainTextAsync("associated with " + Aphp);
        await browser.ScreenshotAsync("product-seed-aphp");

        // Reloading the URL restores tab and filter.
        await page.ReloadAsync();
        await browser.WaitForInteractivityAsync();
        await Expect(tabs.Nth(4)).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("organization-filter")).ToHaveValueAsync(aphpId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("organization-filter").Locator("option:checked")).ToContainTextAsync(Aphp);
        await ExpectTabCountsAsync(page, atAphp);

        // Back: the unfiltered deals tab again.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=deals");
        await ExpectTabCountsAsync(page, all);
        await Expect(page.GetByTestId("organization-filter")).ToHaveValueAsync(string.Empty);
        await Expect(tabs.Nth(4)).ToHaveAttributeAsync("aria-current", "page");
    }

    [Fact]
    public async Task Without_JavaScript_the_product_page_switches_tabs_pages_and_sorts_a_table_and_filters_by_organization()
    {
        var (productId, aphpId) = await SeedIdsAsync();
        var all = await ExpectedCountsAsync(productId, organizationId: null);
        var atAphp = await ExpectedCountsAsync(productId, aphpId);
        Assert.True(all["results"] > 10, "The seed product has more than one page of clinical results.");
        var productUrl = new Uri(app.BaseAddress, $"/products/{productId}").ToString();

        // No script at all: every step is a plain link or a plain GET form, answered by the server.
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            BaseURL = app.BaseAddress.ToString(),
            Locale = "en-US",
        });
        context.SetDefaultTimeout(ChromiumBrowser.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(ChromiumBrowser.ActionTimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/products/{productId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedProduct);
        await ExpectTabCountsAsync(page, all);

        await TabLinks(page).Nth(1).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results");
        var titles = page.GetByTestId("table-results").Locator("tbody td[data-label=Title]");
        await Expect(titles).ToHaveCountAsync(10);
        var firstPage = await titles.AllTextContentsAsync();

        await ResultPages(page).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results&page=2");
        await Expect(titles).ToHaveCountAsync(Math.Min(10, all["results"] - 10));
        var secondPage = await titles.AllTextContentsAsync();
        Assert.Empty(secondPage.Intersect(firstPage));

        var sorted = await ResultTitlesAsync(productId);
        await page.GetByTestId("table-results").GetByRole(AriaRole.Link, new() { Name = "Title", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(productUrl + "?tab=results&sort=title&dir=asc");
        await Expect(titles).ToHaveTextAsync(sorted.Take(10).ToArray());

        // The organization filter: a native select and the form's Apply button (shown only without script).
        await page.GetByLabel("Associated with").SelectOptionAsync(aphpId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("product-filter").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/products/{productId}\\?(org={aphpId}&tab=results|tab=results&org={aphpId})$"));
        await ExpectTabCountsAsync(page, atAphp);
        await Expect(page.GetByTestId("table-results")).ToContainTextAsync("associated with " + Aphp);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumBrowser.ScreenshotDirectory, "product-seed-no-script.png"), FullPage = true });
    }

    [Fact]
    public async Task The_product_page_is_prerendered_with_its_counts()
    {
        var (productId, _) = await SeedIdsAsync();
        var all = await ExpectedCountsAsync(productId, organizationId: null);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var html = await http.GetStringAsync($"/products/{productId}?tab=patents");

        Assert.Contains(SeedProduct, html, StringComparison.Ordinal);
        foreach (var (key, _) in Tabs)
        {
            Assert.Matches($"data-testid=\"tab-count-{key}\"[^>]*>{all[key]}<", html);
        }
    }

    [Fact]
    public async Task On_a_phone_the_product_page_fits_the_screen()
    {
        var (productId, _) = await SeedIdsAsync();
        await using var browser = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        var page = browser.Page;

        await browser.OpenAsync($"/products/{productId}?tab=deals");

        await Expect(page.GetByTestId("table-deals").Locator("td[data-label=Title]").First).ToBeVisibleAsync();
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The page scrolls sideways at 390px.");
        await browser.ScreenshotAsync("product-seed-phone");
    }

    [Fact]
    public async Task The_tabs_and_the_filter_are_reachable_and_labelled_for_the_keyboard()
    {
        var (productId, _) = await SeedIdsAsync();
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync($"/products/{productId}");

        await Expect(page.GetByLabel("Associated with")).ToBeVisibleAsync();

        // The tabs are links in a labelled navigation: Tab reaches the next one, Enter follows it.
        var selected = TabLinks(page).And(page.Locator("[aria-current=page]"));
        await Expect(selected).ToHaveTextAsync(new Regex("^Clinical trials"));
        await selected.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(TabLinks(page).Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/products/{productId}?tab=results").ToString());

        // Column sorting works from the keyboard too.
        var results = page.GetByTestId("table-results");
        await Expect(results.Locator("tbody td[data-label=Title]").First).ToBeVisibleAsync();
        await results.GetByRole(AriaRole.Link, new() { Name = "Title", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(results.Locator("tbody td[data-label=Title]").First).ToHaveTextAsync((await ResultTitlesAsync(productId))[0]);
    }

    [Fact]
    public async Task The_products_index_finds_the_seed_product_by_an_alias_in_lower_case_and_keeps_the_search_in_the_url()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/products");

        // The alias "UC-MSC (APHP)", typed without its capitals and punctuation; Enter submits the search form.
        var search = page.GetByLabel("Search by name or alias");
        await search.PressSequentiallyAsync("uc msc aphp");
        await search.PressAsync("Enter");
        await Expect(search).ToHaveValueAsync("uc msc aphp");

        var links = page.GetByTestId("product-link");
        await Expect(links).ToHaveTextAsync([SeedProduct]);
        await Expect(page.GetByTestId("product-count")).ToHaveTextAsync("1 product");
        await Expect(page.Locator("#main-content table")).ToContainTextAsync("also known as UC-MSC (APHP)");
        await Expect(page).ToHaveURLAsync(new Regex(@"/products\?q=uc(%20|\+)msc(%20|\+)aphp$"));
        await browser.ScreenshotAsync("products-search");

        await page.ReloadAsync();
        await browser.WaitForInteractivityAsync();
        await Expect(search).ToHaveValueAsync("uc msc aphp");
        await Expect(links).ToHaveTextAsync([SeedProduct]);

        // A search that matches nothing says so; the name matches in any case.
        await search.FillAsync("mesenchymal stem cells umbilical");
        await search.PressAsync("Enter");
        await Expect(page.GetByTestId("product-count")).ToHaveTextAsync("0 products");
        await Expect(page.Locator("#main-content")).ToContainTextAsync("has a name or alias containing");

        // "Show all products" is a link back to the whole index.
        await page.GetByRole(AriaRole.Link, new() { Name = "Show all products" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/products").ToString());
        await Expect(page.GetByTestId("product-count")).Not.ToHaveTextAsync(new Regex("^[01] products?$"));
        await Expect(search).ToHaveValueAsync(string.Empty);

        await search.FillAsync("UMBILICAL CORD DERIVED");
        await search.PressAsync("Enter");
        await Expect(links).ToHaveTextAsync([SeedProduct]);

        await links.First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedProduct);

        await using var phone = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        await phone.OpenAsync("/products?q=msc");
        await Expect(phone.Page.GetByTestId("product-link").First).ToBeVisibleAsync();
        await phone.ScreenshotAsync("products-search-phone");
    }

    [Fact]
    public async Task An_unknown_product_is_a_404_that_says_the_product_is_not_found()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);

        var response = await browser.OpenAsync("/products/999999");

        Assert.Equal(404, response?.Status);
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Product not found");
    }

    /// <summary>The record tabs: links in their own navigation landmark.</summary>
    private static ILocator TabLinks(IPage page)
        => page.GetByRole(AriaRole.Navigation, new() { Name = "Records of the product" }).GetByRole(AriaRole.Link);

    private static ILocator ResultPages(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of clinical results" });

    private static async Task ExpectTabCountsAsync(IPage page, IReadOnlyDictionary<string, int> expected)
    {
        foreach (var (key, _) in Tabs)
        {
            await Expect(page.GetByTestId($"tab-count-{key}")).ToHaveTextAsync(expected[key].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task<(int ProductId, int AphpId)> SeedIdsAsync()
    {
        await using var db = app.Database.CreateContext();
        var productId = await db.Products.Where(p => p.Name == SeedProduct).Select(p => p.Id).SingleAsync();
        var aphpId = await db.Organizations.Where(o => o.Name == Aphp).Select(o => o.Id).SingleAsync();
        return (productId, aphpId);
    }

    /// <summary>
    /// What each tab should count, worked out independently of the page's queries: every record with its
    /// links loaded, then filtered here (the demo data is small).
    /// </summary>
    private async Task<Dictionary<string, int>> ExpectedCountsAsync(int productId, int? organizationId)
    {
        await using var db = app.Database.CreateContext();
        var trialIds = await db.Interventions.Where(i => i.ProductId == productId).Select(i => i.TrialId).ToListAsync();
        var trials = await db.Trials.Include(t => t.Collaborators).Where(t => trialIds.Contains(t.Id)).ToListAsync();
        var results = await db.ClinicalResults.Include(r => r.Products).Include(r => r.Organizations).ToListAsync();
        var studies = await db.TranslationalStudies.Include(s => s.Products).Include(s => s.Organizations).ToListAsync();
        var patents = await db.Patents.Include(p => p.Products).Include(p => p.Assignees).ToListAsync();
        var deals = await db.Deals.Include(d => d.Products).Include(d => d.Parties).ToListAsync();

        bool Of(IEnumerable<Product> products) => products.Any(p => p.Id == productId);
        bool With(IEnumerable<int> organizations) => organizationId is not { } id || organizations.Contains(id);

        return new()
        {
            ["trials"] = trials.Count(t => With(t.Collaborators.Select(c => c.OrganizationId).Append(t.LeadSponsorId))),
            ["results"] = results.Count(r => Of(r.Products) && With(r.Organizations.Select(o => o.Id))),
            ["translational"] = studies.Count(s => Of(s.Products) && With(s.Organizations.Select(o => o.Id))),
            ["patents"] = patents.Count(p => Of(p.Products) && With(p.Assignees.Select(o => o.Id))),
            ["deals"] = deals.Count(d => Of(d.Products) && With(d.Parties.Select(p => p.OrganizationId))),
        };
    }

    /// <summary>The product's clinical result titles as the title sort should list them (case-insensitive).</summary>
    private async Task<List<string>> ResultTitlesAsync(int productId)
    {
        await using var db = app.Database.CreateContext();
        var titles = await db.ClinicalResults.Where(r => r.Products.Any(p => p.Id == productId)).Select(r => r.Title).ToListAsync();
        return titles.OrderBy(t => t.ToLowerInvariant(), StringComparer.Ordinal).ToList();
    }
}
