using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>The full trial record page, /trials/{registryId}.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrialRecordTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    private const string SeedTrial = "NCT03562065";

    /// <summary>A real v2 record whose NIH grant id carries its own link (secondaryIdInfos[].link).</summary>
    private const string TrialWithLinkedGrant = "NCT00763412";

    /// <summary>A classic-CSV record whose "Other IDs" hold a EudraCT number.</summary>
    private const string TrialWithEudraCt = "NCT04333368";

    /// <summary>36 sites in 5 countries.</summary>
    private const string TrialWithManySites = "NCT04629833";

    [Fact]
    public async Task The_seed_trial_page_shows_every_section_with_its_facts()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        await browser.OpenAsync("/trials/" + SeedTrial);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Treatment of Refractory Systemic Lupus Erythematosus by Allogeneic Mesenchymal Stem Cells Derived From the Umbilical Cord");
        await Expect(page.GetByTestId("registry-id")).ToHaveTextAsync(SeedTrial);
        await Expect(page.GetByTestId("acronym")).ToHaveTextAsync("MSC-SLE");

        // Every section is an h2 in page order, and the in-page navigation links to each.
        var sections = page.Locator("#main-content h2");
        await Expect(sections).ToHaveTextAsync(
        [
            "Study overview", "Identification", "Status and dates", "Sponsor and collaborators", "Conditions and keywords",
            "Study design", "Arms and interventions", "Outcome measures", "Eligibility", "Contacts and locations", "Linked records",
        ]);
        var sectionLinks = page.GetByRole(AriaRole.Navigation, new() { Name = "Sections of this record" }).GetByRole(AriaRole.Link);
        await Expect(sectionLinks).ToHaveCountAsync(11);

        var status = page.GetByTestId("section-status");
        await Expect(page.GetByTestId("overall-status")).ToHaveTextAsync("Unknown (last known: Recruiting)");
        await Expect(status).ToContainTextAsync("2019-09-11 (Actual)");
        await Expect(status).ToContainTextAsync("2023-06-01 (Estimated)");
        await Expect(status).ToContainTextAsync("2021-06");
        await Expect(status).ToContainTextAsync("Last updated in this registry");

        await Expect(page.GetByTestId("lead-sponsor")).ToHaveTextAsync("Assistance Publique - Hôpitaux de Paris");
        await Expect(page.GetByTestId("lead-sponsor")).ToHaveAttributeAsync("href", new Regex(@"^/organizations/\d+$"));
        await Expect(page.GetByTestId("section-sponsor")).ToContainTextAsync("Investigator-initiated");

        var design = page.GetByTestId("section-design");
        await Expect(design).ToContainTextAsync("Phase 1/Phase 2");
        await Expect(design).ToContainTextAsync("Single group assignment");
        await Expect(design).ToContainTextAsync("None (open label)");
        await Expect(design).ToContainTextAsync("10 (Estimated)");

        await Expect(page.GetByTestId("arms")).ToContainTextAsync("mesenchymal stem cells");
        await Expect(page.GetByTestId("arms")).ToContainTextAsync("Experimental");
        await Expect(page.GetByTestId("interventions")).ToContainTextAsync("Biological");
        await Expect(page.GetByTestId("outcomes-primary")).ToContainTextAsync("Toxicity of allogeneic MSC injection according to CTCAE");
        await Expect(page.GetByTestId("outcomes-primary")).ToContainTextAsync("10 days");

        // 36 secondary measures start folded; the heading opens them.
        var secondary = page.GetByTestId("outcomes-secondary");
        await Expect(secondary).Not.ToBeVisibleAsync();
        await page.GetByTestId("outcomes-secondary-group").GetByRole(AriaRole.Heading, new() { Name = "Secondary outcome measures (36)" }).ClickAsync();
        await Expect(secondary).ToBeVisibleAsync();
        await Expect(secondary).ToContainTextAsync("Toxicity of allogeneic MSC injection according to CTCAE Month 1");

        var locations = page.GetByTestId("locations");
        await Expect(locations).ToContainTextAsync("Saint-Louis Hospital");
        await Expect(locations).ToContainTextAsync("Paris");
        await Expect(locations.GetByRole(AriaRole.Heading, new() { Level = 4 })).ToHaveTextAsync(["France"]);

        // Linked record counts are the database's.
        await using (var db = app.Database.CreateContext())
        {
            var clinicalResults = await db.ClinicalResults.CountAsync(r => r.Trials.Any(t => t.RegistryId == SeedTrial));
            var translational = await db.TranslationalStudies.CountAsync(s => s.Trials.Any(t => t.RegistryId == SeedTrial));
            var patents = await db.Patents.CountAsync(p => p.Trials.Any(t => t.RegistryId == SeedTrial));
            var deals = await db.Deals.CountAsync(d => d.Trials.Any(t => t.RegistryId == SeedTrial));
            Assert.True(clinicalResults > 0, "The demo data links clinical results to the seed trial.");

            await Expect(page.GetByTestId("linked-clinical-results-count")).ToHaveTextAsync(clinicalResults.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.GetByTestId("linked-clinical-results").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(clinicalResults);
            await Expect(page.GetByTestId("linked-translational-studies-count")).ToHaveTextAsync(translational.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.GetByTestId("linked-patents-count")).ToHaveTextAsync(patents.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.GetByTestId("linked-deals-count")).ToHaveTextAsync(deals.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await browser.ScreenshotAsync("trial-record-" + SeedTrial);

        // On a wide screen the section links stay beside the sections while the page scrolls.
        var sectionNavigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Sections of this record" });
        await sectionNavigation.GetByRole(AriaRole.Link, new() { Name = "Contacts and locations" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#contacts-locations$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts and locations", Level = 2 })).ToBeInViewportAsync();
        await Expect(sectionNavigation).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumBrowser.ScreenshotDirectory, "trial-record-" + SeedTrial + "-scrolled.png") });
    }

    [Fact]
    public async Task The_seed_trial_page_is_usable_at_phone_width()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        var page = browser.Page;

        await browser.OpenAsync("/trials/" + SeedTrial);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("locations")).ToContainTextAsync("Saint-Louis Hospital");

        await AssertNoSidewaysScrollAsync(page);

        // The section links work before anything else is tapped.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections of this record" })
            .GetByRole(AriaRole.Link, new() { Name = "Eligibility" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#eligibility$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eligibility", Level = 2 })).ToBeInViewportAsync();

        await browser.ScreenshotAsync("trial-record-" + SeedTrial + "-phone");
    }

    [Fact]
    public async Task Secondary_ids_link_to_their_registries()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        await browser.OpenAsync("/trials/" + TrialWithLinkedGrant);
        var grant = page.GetByTestId("secondary-ids").GetByRole(AriaRole.Link, new() { Name = "P60DK020579" });
        await Expect(grant).ToHaveAttributeAsync("href", "https://reporter.nih.gov/quickSearch/P60DK020579");
        await Expect(page.GetByTestId("ctgov-link")).ToHaveAttributeAsync("href", "https://clinicaltrials.gov/study/" + TrialWithLinkedGrant);
        await browser.ScreenshotAsync("trial-record-" + TrialWithLinkedGrant);

        await browser.OpenAsync("/trials/" + TrialWithEudraCt);
        var eudraCt = page.GetByTestId("secondary-ids").GetByRole(AriaRole.Link, new() { Name = "2020-001287-28" });
        await Expect(eudraCt).ToHaveAttributeAsync("href", "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2020-001287-28");
        await Expect(page.GetByTestId("secondary-ids")).ToContainTextAsync("EudraCT number");
    }

    [Fact]
    public async Task Locations_are_grouped_by_country_and_can_be_filtered()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        await browser.OpenAsync("/trials/" + TrialWithManySites);

        int siteCount;
        List<(string Country, int Sites)> expected;
        await using (var db = app.Database.CreateContext())
        {
            var countries = await db.Locations
                .Where(l => db.Trials.Any(t => t.Id == l.TrialId && t.RegistryId == TrialWithManySites))
                .Select(l => l.Country)
                .ToListAsync();
            siteCount = countries.Count;
            expected = countries.GroupBy(c => c ?? "Country not given")
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
        }

        Assert.True(expected.Count > 1, $"{TrialWithManySites} has sites in several countries.");
        await Expect(page.GetByTestId("locations-heading")).ToContainTextAsync($"{siteCount} sites in {expected.Count} countries");
        var countryGroups = page.GetByTestId("country");
        await Expect(countryGroups).ToHaveCountAsync(expected.Count);
        await Expect(countryGroups.Locator("summary")).ToHaveTextAsync(
            expected.Select(e => new Regex($@"^{Regex.Escape(e.Country)}\s*·\s*{e.Sites} sites?\b")).ToArray());
        await Expect(page.GetByTestId("locations").Locator("li.site")).ToHaveCountAsync(siteCount);

        var firstCountry = expected[0].Country;
        // A GET form: the filter's words are in the address, so the filtered list can be shared.
        var filter = page.GetByLabel("Filter locations");
        await filter.FillAsync(expected[^1].Country);
        await filter.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]sites="));
        Assert.Equal(expected[^1].Country, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["sites"]);
        await Expect(countryGroups).ToHaveCountAsync(1);
        await Expect(countryGroups.Locator("summary")).ToContainTextAsync(expected[^1].Country);

        await page.GetByLabel("Filter locations").FillAsync("no such place anywhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(countryGroups).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("locations")).ToContainTextAsync("No site matches");

        await page.GetByTestId("location-filter-clear").ClickAsync();
        await Expect(countryGroups).ToHaveCountAsync(expected.Count);
        await Expect(countryGroups.First.Locator("summary")).ToContainTextAsync(firstCountry);
        await Expect(page.GetByLabel("Filter locations")).ToHaveValueAsync(string.Empty);
        await browser.ScreenshotAsync("trial-record-" + TrialWithManySites);


        // A fresh phone-sized page: resizing this one would catch the drawer mid-animation.
        await using var phone = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        await phone.OpenAsync("/trials/" + TrialWithManySites);
        await Expect(phone.Page.GetByTestId("country")).ToHaveCountAsync(expected.Count);
        await AssertNoSidewaysScrollAsync(phone.Page);
        await phone.ScreenshotAsync("trial-record-" + TrialWithManySites + "-phone");
    }

    [Fact]
    public async Task A_reader_filters_locations_without_javascript_and_opens_no_circuit()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), JavaScriptEnabled = false });
        context.SetDefaultTimeout(ChromiumBrowser.ActionTimeoutMs);
        var page = await context.NewPageAsync();
        var sockets = 0;
        page.WebSocket += (_, _) => sockets++;

        await page.GotoAsync("/trials/" + TrialWithManySites);
        var countries = await page.GetByTestId("country").CountAsync();
        Assert.True(countries > 1, $"{TrialWithManySites} has sites in several countries.");
        var lastCountry = (await page.GetByTestId("country").Last.Locator("h4").TextContentAsync())!.Trim();

        await page.GetByLabel("Filter locations").FillAsync(lastCountry);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("country")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("country").Locator("summary")).ToContainTextAsync(lastCountry);
        Assert.Equal(0, sockets);
    }

    [Fact]
    public async Task A_reader_with_javascript_on_opens_no_circuit()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var sockets = 0;
        browser.Page.WebSocket += (_, _) => sockets++;

        await browser.OpenAsync("/trials/" + SeedTrial);
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Eligibility" }).First.ClickAsync();
        await browser.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("true", await browser.Page.Locator(".mud-layout").GetAttributeAsync("data-static"));
        Assert.False(await browser.HasCircuitAsync());
        Assert.Equal(0, sockets);
    }

    [Fact]
    public async Task The_prerendered_html_holds_the_record_without_javascript()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/trials/" + SeedTrial, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Treatment of Refractory Systemic Lupus Erythematosus by Allogeneic Mesenchymal Stem Cells Derived From the Umbilical Cord", html, StringComparison.Ordinal);
        Assert.Contains("MSC-SLE", html, StringComparison.Ordinal);
        Assert.Contains("Assistance Publique - Hôpitaux de Paris", html, StringComparison.Ordinal);
        Assert.Contains("Phase 1/Phase 2", html, StringComparison.Ordinal);
        Assert.Contains("Unknown (last known: Recruiting)", html, StringComparison.Ordinal);
        Assert.Contains("2019-09-11", html, StringComparison.Ordinal);
        Assert.Contains("Saint-Louis Hospital", html, StringComparison.Ordinal);
        Assert.Contains("France", html, StringComparison.Ordinal);
        Assert.Contains("Toxicity of allogeneic MSC injection according to CTCAE", html, StringComparison.Ordinal);
        Assert.Contains("University College London", html, StringComparison.Ordinal);
        Assert.Contains("href=\"trials/" + SeedTrial + "#eligibility\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_registry_id_is_a_404_without_a_browser_too()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/trials/NCT00000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Trial not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Nothing is wider than the screen (long ids, tables and URLs wrap or scroll inside their box).</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow}px at {BrowserSession.PhoneWidth}px.");
    }
}
