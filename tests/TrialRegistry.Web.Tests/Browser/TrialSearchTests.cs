using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>The trial search page (/trials) in Chromium, on the demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrialSearchTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    private const string SeedTrial = "NCT03562065";
    private const int TrialPageSize = 20;

    private static int Total(string? countText) => int.Parse((countText ?? string.Empty).Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Searching_lupus_finds_the_seed_trial()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");

        await search.SearchAsync("lupus");

        await Expect(browser.Page).ToHaveURLAsync(new Regex(@"/trials\?q=lupus$"));
        await search.ShownAsync();
        Assert.Contains(SeedTrial, await search.RegistryIdsAsync());
        await Expect(search.Count).ToHaveTextAsync(new Regex(@"^\d+ trials?$"));
        var seedRow = search.Rows.Filter(new() { Has = browser.Page.GetByTestId("trial-link").GetByText(SeedTrial, new() { Exact = true }) });
        await Expect(seedRow).ToContainTextAsync("Unknown (last known: Recruiting)");
        await Expect(seedRow).ToContainTextAsync("Phase 1/Phase 2");
        await Expect(seedRow).ToContainTextAsync("Assistance Publique - Hôpitaux de Paris");
        await Expect(seedRow).ToContainTextAsync("(MSC-SLE)");
        await Expect(seedRow).ToContainTextAsync("2019-09-11 (Actual)");
        await Expect(seedRow).ToContainTextAsync("10 (Estimated)");
        await browser.ScreenshotAsync("trial-search-lupus");
    }

    [Fact]
    public async Task A_phase_facet_narrows_the_results_and_changes_the_other_facets_counts()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");
        var total = await search.TotalAsync();
        var phasesBefore = await search.CountsAsync("phase");
        var statusesBefore = await search.CountsAsync("status");
        Assert.Equal(total, statusesBefore.Values.Sum());

        await search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2$"));
        await search.ShownAsync();
        var phase2 = await search.TotalAsync();
        Assert.Equal(phasesBefore["Phase 2"], phase2);
        Assert.True(phase2 < total, $"Phase 2 gives {phase2} trials of {total}.");
        await Expect(search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" })).ToBeCheckedAsync();
        foreach (var row in await search.Rows.AllAsync())
        {
            await Expect(row).ToContainTextAsync("Phase 2");
        }

        // The other facets now count within Phase 2; the phase facet itself ignores its own filter.
        var statusesAfter = await search.CountsAsync("status");
        Assert.NotEqual(statusesBefore, statusesAfter);
        Assert.Equal(phase2, statusesAfter.Values.Sum());
        Assert.Equal(phasesBefore, await search.CountsAsync("phase"));
        await Expect(search.Chips).ToHaveTextAsync(["Phase: Phase 2"]);

        // Values of one facet are alternatives: adding Phase 1 widens the result.
        await search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Phase 1") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&phase=PHASE1$"));
        await search.ShownAsync();
        Assert.True(await search.TotalAsync() >= phase2);
        await browser.ScreenshotAsync("trial-search-phase");

        // A chip removes its filter; Clear all removes every one.
        await search.Chips.GetByText("Phase 2").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE1$"));
        await search.ShownAsync();
        await page.GetByTestId("clear-filters").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials$"));
        await search.ShownAsync();
        Assert.Equal(total, await search.TotalAsync());
    }

    [Fact(Skip = "Issue 14 follow-up: on a static page, ticking a facet is an enhanced navigation and FocusOnNavigate (Routes.razor) moves the focus to the h1; the circuit kept it on the facet")]
    public async Task A_facet_ticks_from_the_keyboard_and_keeps_the_focus()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");
        var phase2 = search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" });

        await phase2.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2$"));
        await search.ShownAsync();
        await Expect(phase2).ToBeCheckedAsync();
        await Expect(phase2).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Space");
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials$"));
        await search.ShownAsync();
        await Expect(phase2).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task Reloading_restores_the_search_and_back_returns_to_the_state_before()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");

        await search.SearchAsync("cell");
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=cell$"));
        await search.ShownAsync();
        await search.Facet("status").GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Recruiting") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"status=RECRUITING$"));
        await search.ShownAsync();
        await search.Sort.SelectOptionAsync(new SelectOptionValue { Label = "Enrollment (largest first)" });
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=cell&status=RECRUITING&sort=enrollment$"));
        await search.ShownAsync();
        var firstPage = await search.RegistryIdsAsync();
        var enrollments = await search.EnrollmentsAsync();
        Assert.Equal(enrollments.OrderDescending(), enrollments);
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"&after=[^&]+$"));
        await search.ShownAsync();
        var secondPage = await search.RegistryIdsAsync();
        var position = await page.GetByTestId("page-position").TextContentAsync();
        Assert.StartsWith("Page 2", position);

        await page.ReloadAsync();
        await browser.WaitForInteractivityAsync();
        await search.ShownAsync();

        Assert.Equal(secondPage, await search.RegistryIdsAsync());
        await Expect(search.Box).ToHaveValueAsync("cell");
        await Expect(search.Facet("status").GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Recruiting") })).ToBeCheckedAsync();
        await Expect(search.Sort).ToHaveValueAsync("enrollment");
        await Expect(page.GetByTestId("page-position")).ToHaveTextAsync(position!);
        await Expect(search.Chips).ToHaveTextAsync(["Overall status: Recruiting"]);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=cell&status=RECRUITING&sort=enrollment$"));
        await search.ShownAsync();
        Assert.Equal(firstPage, await search.RegistryIdsAsync());

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=cell&status=RECRUITING$"));
        await search.ShownAsync();
        await Expect(search.Sort).ToHaveValueAsync("relevance");

        await page.GoForwardAsync();
        await search.ShownAsync();
        Assert.Equal(firstPage, await search.RegistryIdsAsync());
    }

    [Fact]
    public async Task Paging_forward_then_back_shows_the_same_rows_and_survives_a_reload()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials?sort=start");
        var total = await search.TotalAsync();
        Assert.True(total > 60, $"The demo data should fill three pages; it has {total} trials.");
        await Expect(search.TrialLinks).ToHaveCountAsync(20);
        var pages = new List<IReadOnlyList<string>> { await search.RegistryIdsAsync() };
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Previous page" })).ToBeDisabledAsync();

        for (var i = 2; i <= 3; i++)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
            await Expect(page.GetByTestId("page-position")).ToContainTextAsync($"Page {i} ·");
            await search.ShownAsync();
            pages.Add(await search.RegistryIdsAsync());
        }

        Assert.Equal(60, pages.SelectMany(p => p).Distinct().Count());
        await Expect(page.GetByTestId("page-position")).ToContainTextAsync($"41–60 of {total.ToString("N0", CultureInfo.InvariantCulture)}");
        await browser.ScreenshotAsync("trial-search-page-3");

        // A reloaded deep page still knows the pages before it.
        await page.ReloadAsync();
        await browser.WaitForInteractivityAsync();
        await search.ShownAsync();
        Assert.Equal(pages[2], await search.RegistryIdsAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await Expect(page.GetByTestId("page-position")).ToContainTextAsync("Page 2 ·");
        await search.ShownAsync();
        Assert.Equal(pages[1], await search.RegistryIdsAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?sort=start$"));
        await search.ShownAsync();
        Assert.Equal(pages[0], await search.RegistryIdsAsync());

        // Browser history walks the same pages.
        await page.GoBackAsync();
        await search.ShownAsync();
        Assert.Equal(pages[1], await search.RegistryIdsAsync());

        await page.GoForwardAsync();
        await search.ShownAsync();
        Assert.Equal(pages[0], await search.RegistryIdsAsync());
    }

    [Fact]
    public async Task An_identifier_typed_in_the_box_opens_that_trial_and_back_skips_the_search_for_it()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials?q=lupus");

        await search.SearchAsync(" nct03562065 ");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials/" + SeedTrial).ToString());
        await Expect(page.GetByTestId("registry-id")).ToHaveTextAsync(SeedTrial);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=lupus$"));
        await search.ShownAsync();

        // A link or bookmark with the identifier goes to the trial too (redirected while prerendering).
        var response = await page.GotoAsync("/trials?q=" + SeedTrial);
        Assert.Equal(200, response?.Status);
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials/" + SeedTrial).ToString());
    }

    [Fact]
    public async Task An_organizations_study_id_typed_in_any_case_opens_its_trial()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");

        await search.SearchAsync(" p150302 ");

        await Expect(browser.Page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials/" + SeedTrial).ToString());
    }

    [Fact]
    public async Task A_sponsors_alias_lists_the_trials_it_leads_and_offers_the_words_instead()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");

        await search.SearchAsync("APHP");

        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=APHP$"));
        await search.ShownAsync();
        var note = page.GetByTestId("led-by");
        await Expect(note).ToContainTextAsync("“APHP” names a sponsor: these are the trials led by Assistance Publique - Hôpitaux de Paris.");
        var led = await search.RegistryIdsAsync();
        Assert.Contains(SeedTrial, led);
        foreach (var row in await search.Rows.AllAsync())
        {
            await Expect(row).ToContainTextAsync("Assistance Publique - Hôpitaux de Paris");
        }

        await browser.ScreenshotAsync("trial-search-sponsor");

        // The same trials and count as ticking the sponsor in the facet.
        var organization = await note.GetByRole(AriaRole.Link, new() { Name = "Assistance Publique - Hôpitaux de Paris" }).GetAttributeAsync("href");
        var total = await search.TotalAsync();
        await search.OpenAsync("/trials?sponsor=" + organization!.Split('/')[^1]);
        Assert.Equal(total, await search.TotalAsync());
        Assert.Equal(led.Order(), (await search.RegistryIdsAsync()).Order());

        await page.GoBackAsync();
        await search.ShownAsync();
        await page.GetByTestId("search-words-instead").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=%22APHP%22$"));
        await search.ShownAsync();
        await Expect(page.GetByTestId("led-by")).ToHaveCountAsync(0);
        Assert.NotEqual(led.Order(), (await search.RegistryIdsAsync()).Order());
        await browser.ScreenshotAsync("trial-search-sponsor-words");
    }

    [Fact]
    public async Task The_home_page_links_open_the_search_with_their_filter_ticked()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);

        await search.OpenAsync("/trials?status=RECRUITING");
        await Expect(search.Facet("status").GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Recruiting") })).ToBeCheckedAsync();
        foreach (var status in await page.Locator(".status-chip").AllTextContentsAsync())
        {
            Assert.Equal("Recruiting", status.Trim());
        }

        await search.OpenAsync("/trials?phase=PHASE2");
        await Expect(search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" })).ToBeCheckedAsync();
        await Expect(search.Chips).ToHaveTextAsync(["Phase: Phase 2"]);
    }

    [Fact]
    public async Task Bad_parameters_are_explained_on_the_page_not_an_error_page()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);

        var response = await browser.OpenAsync("/trials?status=FOO&condition=abc&phase=PHASE2&after=not-a-cursor");

        Assert.Equal(200, response?.Status);
        var problems = page.GetByTestId("search-problems");
        await Expect(problems).ToContainTextAsync("Ignored status=FOO");
        await Expect(problems).ToContainTextAsync("Ignored condition=abc");
        await Expect(page.GetByTestId("search-error")).ToContainTextAsync("cursor is not valid");
        await browser.ScreenshotAsync("trial-search-bad-parameters");

        await page.GetByTestId("search-error").GetByRole(AriaRole.Link, new() { Name = "Go to the first page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2$"));
        await search.ShownAsync();
        await Expect(search.TrialLinks.First).ToBeVisibleAsync();
        await Expect(problems).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task No_match_shows_the_search_and_drops_a_filter_in_one_click()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);

        await search.OpenAsync("/trials?q=lupus&phase=PHASE4");

        var noMatch = page.GetByTestId("no-match");
        await Expect(noMatch).ToContainTextAsync("No trials match “lupus” with this filter");
        await Expect(search.Count).ToHaveTextAsync("0 trials");
        await browser.ScreenshotAsync("trial-search-no-match");

        await noMatch.GetByTestId("drop-filter").GetByText("Phase: Phase 4").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=lupus$"));
        await search.ShownAsync();
        Assert.Contains(SeedTrial, await search.RegistryIdsAsync());

        await search.OpenAsync("/trials?q=zzzqqqxxx");
        await noMatch.GetByTestId("clear-everything").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials$"));
        await search.ShownAsync();
        await Expect(search.TrialLinks).ToHaveCountAsync(20);
    }

    [Fact]
    public async Task On_a_phone_the_facets_fold_into_a_filters_panel()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials?q=stem%20cell");

        var filters = page.GetByRole(AriaRole.Checkbox, new() { Name = "Show filters" });
        await Expect(search.Facet("phase")).ToBeHiddenAsync();
        await Expect(filters).Not.ToBeCheckedAsync();
        Assert.Equal(BrowserSession.PhoneWidth, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await browser.ScreenshotAsync("trial-search-phone");

        await filters.ClickAsync();
        await Expect(filters).ToBeCheckedAsync();
        await Expect(search.Facet("phase")).ToBeVisibleAsync();
        await search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=stem%20cell&phase=PHASE2$"));
        await search.ShownAsync();
        await Expect(filters).ToHaveAccessibleNameAsync("Show filters (1 active)");
        await Expect(search.Facet("phase")).ToBeVisibleAsync();
        Assert.Equal(BrowserSession.PhoneWidth, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await browser.ScreenshotAsync("trial-search-phone-filters");

        // The link under the facets closes them and brings the results into view.
        var total = await search.TotalAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Show {total} trials" }).ClickAsync();
        await Expect(search.Facet("phase")).ToBeHiddenAsync();
        await Expect(search.TrialLinks.First).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_start_year_range_applies_through_its_form_and_keeps_the_other_filters()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials?phase=PHASE2&sort=start");
        var phase2 = await search.TotalAsync();

        await page.GetByTestId("start-from").FillAsync("2015");
        await page.GetByTestId("start-to").FillAsync("2020");
        await search.Facet("start").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        // The form's empty and hidden fields land on the search's canonical address.
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&from=2015&to=2020&sort=start$"));
        await search.ShownAsync();
        Assert.True(await search.TotalAsync() <= phase2);
        await Expect(search.Chips).ToHaveTextAsync(["Phase: Phase 2", "Start year: 2015–2020"]);
        await Expect(page.GetByTestId("start-from")).ToHaveValueAsync("2015");
        await Expect(search.Sort).ToHaveValueAsync("start");
        foreach (var started in await page.GetByTestId("result-start").AllTextContentsAsync())
        {
            var year = int.Parse(started.Trim()[..4], CultureInfo.InvariantCulture);
            Assert.InRange(year, 2015, 2020);
        }

        // Emptying a field widens the range again.
        await page.GetByTestId("start-to").FillAsync(string.Empty);
        await search.Facet("start").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&from=2015&sort=start$"));
        await search.ShownAsync();
        await Expect(search.Chips).ToHaveTextAsync(["Phase: Phase 2", "Start year: 2015 or later"]);
    }

    [Fact]
    public async Task An_anonymous_reader_searches_without_a_circuit_or_a_websocket()
    {
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        var sockets = new List<string>();
        var blazorRequests = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                blazorRequests.Add(request.Url);
            }
        };
        var search = new SearchPage(browser);
        await search.OpenAsync("/trials");

        await search.Facet("phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2$"));
        await search.ShownAsync();
        await search.Sort.SelectOptionAsync("enrollment");
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&sort=enrollment$"));
        await search.ShownAsync();
        await search.SearchAsync("cell");
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=cell$"));
        await search.ShownAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("[data-static=true]")).ToHaveCountAsync(1);
        Assert.False(await browser.HasCircuitAsync());
        Assert.Empty(sockets);
        Assert.Empty(blazorRequests);
    }

    [Fact]
    public async Task The_search_works_with_javascript_off()
    {
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            JavaScriptEnabled = false,
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(ChromiumBrowser.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(ChromiumBrowser.ActionTimeoutMs);
        var page = await context.NewPageAsync();
        var results = page.Locator("section.search-results");
        var count = page.GetByTestId("trial-count");
        var trialLinks = page.GetByTestId("trial-link");

        // Each step is a whole page load: the results are in its HTML, not streamed in by a script.
        await page.GotoAsync("/trials");
        await Expect(results).ToHaveAttributeAsync("data-shown", "/trials");
        await Expect(trialLinks).ToHaveCountAsync(20);
        var total = Total(await count.TextContentAsync());
        var firstPage = await trialLinks.AllTextContentsAsync();

        // A facet value is a link.
        var phase2 = page.GetByTestId("facet-phase").GetByRole(AriaRole.Checkbox, new() { Name = "Phase 2" });
        await phase2.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2$"));
        await Expect(results).ToHaveAttributeAsync("data-shown", "/trials?phase=PHASE2");
        await Expect(phase2).ToBeCheckedAsync();
        var narrowed = Total(await count.TextContentAsync());
        Assert.True(narrowed < total, $"Phase 2 gives {narrowed} trials of {total}.");
        Assert.NotEqual(firstPage, await trialLinks.AllTextContentsAsync());

        // The sort is sent by its button.
        var sort = page.GetByRole(AriaRole.Combobox, new() { Name = "Sort by" });
        await sort.SelectOptionAsync("enrollment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sort", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&sort=enrollment$"));
        await Expect(results).ToHaveAttributeAsync("data-shown", "/trials?phase=PHASE2&sort=enrollment");
        await Expect(sort).ToHaveValueAsync("enrollment");
        var enrollments = (await page.GetByTestId("result-enrollment").AllTextContentsAsync())
            .Select(v => int.TryParse(v.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .ToList();
        Assert.Equal(enrollments.OrderDescending(), enrollments);
        var sortedFirstPage = await trialLinks.AllTextContentsAsync();

        // Paging, when Phase 2 fills more than a page.
        if (narrowed > TrialPageSize)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&sort=enrollment&after=[^&]+$"));
            await Expect(page.GetByTestId("page-position")).ToContainTextAsync("Page 2 ·");
            Assert.Empty((await trialLinks.AllTextContentsAsync()).Intersect(sortedFirstPage));
        }

        // The start years by their form's button.
        await page.GetByTestId("start-from").FillAsync("2010");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?phase=PHASE2&from=2010&sort=enrollment$"));
        await Expect(page.GetByTestId("filter-chip")).ToHaveTextAsync(["Phase: Phase 2", "Start year: 2010 or later"]);

        // The box: words, then an identifier, which opens its trial.
        var box = page.GetByLabel("Search trials");
        await box.FillAsync("lupus");
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/trials\?q=lupus$"));
        await Expect(results).ToHaveAttributeAsync("data-shown", "/trials?q=lupus");
        Assert.Contains(SeedTrial, await trialLinks.AllTextContentsAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumBrowser.ScreenshotDirectory, "trial-search-no-javascript.png"), FullPage = true });

        await box.FillAsync(SeedTrial.ToLowerInvariant());
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/trials/" + SeedTrial).ToString());
        await Expect(page.GetByTestId("registry-id")).ToHaveTextAsync(SeedTrial);
    }

    /// <summary>The search page's parts, and a wait for the results of the URL in the address bar.</summary>
    private sealed class SearchPage(BrowserSession browser)
    {
        private IPage Page => browser.Page;

        public ILocator Box => Page.GetByLabel("Search trials");

        public ILocator Count => Page.GetByTestId("trial-count");

        public ILocator TrialLinks => Page.GetByTestId("trial-link");

        public ILocator Rows => Page.GetByTestId("result-row");

        public ILocator Chips => Page.GetByTestId("filter-chip");

        public ILocator Facet(string key) => Page.GetByTestId("facet-" + key);

        public ILocator Sort => Page.GetByRole(AriaRole.Combobox, new() { Name = "Sort by" });

        public async Task OpenAsync(string path)
        {
            await browser.OpenAsync(path);
            await ShownAsync();
        }

        public async Task SearchAsync(string text)
        {
            await Box.FillAsync(text);
            await Box.PressAsync("Enter");
        }

        /// <summary>Waits until the results on screen are those of the current URL (the page marks them with it).</summary>
        public async Task ShownAsync()
        {
            var current = await Page.EvaluateAsync<string>("() => location.pathname + location.search");
            var results = Page.Locator("section.search-results");
            await Expect(results).ToHaveAttributeAsync("data-shown", current);
            await Expect(results).ToHaveAttributeAsync("aria-busy", "false");
        }

        public async Task<int> TotalAsync()
        {
            var text = await Count.TextContentAsync() ?? string.Empty;
            return int.Parse(text.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }

        public async Task<IReadOnlyList<string>> RegistryIdsAsync() => await TrialLinks.AllTextContentsAsync();

        /// <summary>Each row's enrollment count (0 for none).</summary>
        public async Task<IReadOnlyList<int>> EnrollmentsAsync()
        {
            var values = await Page.GetByTestId("result-enrollment").AllTextContentsAsync();
            return values.Select(v => int.TryParse(v.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        }

        /// <summary>A facet's values and counts as shown ("Phase 2" → 12).</summary>
        public async Task<Dictionary<string, int>> CountsAsync(string facetKey)
        {
            // The rest of a long facet folds into a <details>: its summary reads "Show all N", then "Show fewer".
            var showAll = Facet(facetKey).Locator("summary");
            if (await showAll.CountAsync() > 0)
            {
                await Expect(showAll.GetByText(new Regex("^Show all \\d+$"))).ToBeVisibleAsync();
                await showAll.ClickAsync();
                await Expect(showAll.GetByText("Show fewer", new() { Exact = true })).ToBeVisibleAsync();
                await Expect(showAll.GetByText(new Regex("^Show all"))).ToBeHiddenAsync();
            }

            var counts = new Dictionary<string, int>();
            foreach (var option in await Facet(facetKey).Locator(".facet-option").AllAsync())
            {
                var label = (await option.Locator(".facet-label").TextContentAsync())!.Trim();
                var count = await option.GetByTestId("facet-count").TextContentAsync();
                counts[label] = int.Parse(count!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }

            return counts;
        }
    }
}
