using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ConditionPageTests(KestrelRegistryApp app, ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_condition_page_lists_its_trials_with_the_count_the_database_gives()
    {
        // The condition with the most trials, and its numbers, straight from the database.
        int conditionId;
        string name;
        int trialCount;
        List<string> productNames;
        await using (var db = app.Database.CreateContext())
        {
            var busiest = await db.Conditions
                .Select(c => new { c.Id, c.Name, Trials = db.Trials.Count(t => t.Conditions.Any(tc => tc.ConditionId == c.Id)) })
                .OrderByDescending(c => c.Trials)
                .ThenBy(c => c.Id)
                .FirstAsync();
            (conditionId, name, trialCount) = (busiest.Id, busiest.Name, busiest.Trials);
            productNames = await db.Products
                .Where(p => db.Trials.Any(t => t.Conditions.Any(tc => tc.ConditionId == conditionId) && t.Interventions.Any(i => i.ProductId == p.Id)))
                .Select(p => p.Name)
                .ToListAsync();
        }

        Assert.True(trialCount > 1);
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;

        var response = await browser.OpenAsync($"/conditions/{conditionId}");

        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("trial-count")).ToHaveTextAsync($"{trialCount} trials");
        await Expect(page.GetByTestId("trial-link")).ToHaveCountAsync(Math.Min(trialCount, 10));
        await Expect(page.GetByTestId("pipeline-product")).ToHaveCountAsync(productNames.Count);
        var shownProducts = await page.GetByTestId("pipeline-product").AllTextContentsAsync();
        Assert.Equal(productNames.Order(StringComparer.Ordinal), shownProducts.Select(p => p.Trim()).Order(StringComparer.Ordinal));
        await Expect(page.GetByTestId("chart-phase")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("condition");

        // Sorting is the server's: by registry id, both ways, from the column header's link, by keyboard; the order is in the URL.
        var sortById = page.GetByRole(AriaRole.Link, new() { Name = "Registry id", Exact = true });
        await sortById.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/conditions/{conditionId}\\?sort=id&dir=asc$"));
        var ascending = await ExpectSortedAsync(page, descending: false);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Registry id" })).ToHaveAttributeAsync("aria-sort", "ascending");
        await sortById.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/conditions/{conditionId}\\?sort=id&dir=desc$"));
        var descending = await ExpectSortedAsync(page, descending: true);

        // Back: the ascending order again, from the URL.
        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Registry id" })).ToHaveAttributeAsync("aria-sort", "ascending");
        Assert.Equal(ascending, await ExpectSortedAsync(page, descending: false));
        Assert.Equal(ascending.Take(Math.Min(trialCount, 10)), descending.Order(StringComparer.Ordinal).Take(Math.Min(trialCount, 10)));

        // A row's link leads to the trial's record.
        var first = await page.GetByTestId("trial-link").First.TextContentAsync();
        await page.GetByTestId("trial-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/trials/" + Regex.Escape(first!) + "$"));

        await using var phone = await BrowserSession.StartAsync(app, chromium, BrowserSession.PhoneWidth, 844);
        await phone.OpenAsync($"/conditions/{conditionId}");
        await Expect(phone.Page.GetByTestId("trial-link").First).ToBeVisibleAsync();
        await OrganizationPageTests.AssertNoHorizontalScrollAsync(phone.Page);
        await phone.ScreenshotAsync("condition-phone");
    }

    private static async Task<IReadOnlyList<string>> ExpectSortedAsync(IPage page, bool descending)
    {
        var links = page.GetByTestId("trial-link");
        IReadOnlyList<string> ids = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            ids = await links.AllTextContentsAsync();
            var sorted = descending ? ids.OrderDescending(StringComparer.Ordinal) : ids.Order(StringComparer.Ordinal);
            if (ids.Count > 1 && ids.SequenceEqual(sorted))
            {
                return ids;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The trial list is not sorted {(descending ? "descending" : "ascending")} by registry id: {string.Join(", ", ids)}");
        return ids;
    }

    [Fact]
    public async Task The_seed_condition_shows_its_mesh_term_and_the_seed_product_at_phase_2()
    {
        int conditionId;
        await using (var db = app.Database.CreateContext())
        {
            conditionId = await db.Trials
                .Where(t => t.RegistryId == "NCT03562065")
                .SelectMany(t => t.Conditions)
                .Where(tc => tc.Condition.MeshTerm != null)
                .Select(tc => tc.ConditionId)
                .FirstAsync();
        }

        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync($"/conditions/{conditionId}");

        await Expect(page.GetByTestId("mesh-term")).ToContainTextAsync("Lupus Erythematosus, Systemic");
        var seedRow = page.GetByTestId("pipeline-row").Filter(new() { HasText = "Allogeneic Umbilical Cord derived Mesenchymal Stem Cells" });
        await Expect(seedRow.GetByTestId("pipeline-phase")).ToHaveTextAsync("Phase 2");
        await Expect(page.GetByTestId("trial-link").Filter(new() { HasText = "NCT03562065" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_index_searches_conditions_and_counts_their_trials()
    {
        int lupusConditions;
        await using (var db = app.Database.CreateContext())
        {
            lupusConditions = await db.Conditions.CountAsync(c => c.NormalizedName.Contains("lupus") || (c.MeshTerm != null && c.MeshTerm.ToLower().Contains("lupus")));
        }

        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await browser.OpenAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Conditions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Conditions");

        await page.GetByLabel("Search conditions").FillAsync("LUPUS");
        await page.GetByLabel("Search conditions").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/conditions\?q=LUPUS$"));
        await Expect(page.GetByTestId("condition-count")).ToHaveTextAsync(
            $"{lupusConditions.ToString("N0", CultureInfo.InvariantCulture)} condition{(lupusConditions == 1 ? string.Empty : "s")} matching “LUPUS”");
        await Expect(page.GetByTestId("condition-link")).ToHaveCountAsync(lupusConditions);
        await browser.ScreenshotAsync("conditions-search-lupus");

        await page.GetByTestId("condition-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/conditions/\d+$"));
        await Expect(page.GetByTestId("trial-count")).ToHaveTextAsync(new Regex(@"^\d+ trials?$"));
    }
}
