using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrialRegistry.Data;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>
/// An APHP investigator adds a patent to the seed product. The class has an app (and database) of its
/// own: the browser collection's shared app must keep the demo data other tests count.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkedRecordEditingBrowserTests(ChromiumBrowser chromium, LinkedRecordEditingBrowserTests.OwnApp own)
    : IClassFixture<LinkedRecordEditingBrowserTests.OwnApp>
{
    [Fact]
    public async Task An_investigator_adds_a_patent_sees_the_number_refused_fixes_it_and_finds_it_in_the_patents_tab()
    {
        var app = own.App;
        int productId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            productId = await db.Products.Where(p => p.Name == TestAccounts.SeedProduct).Select(p => p.Id).SingleAsync();
        }

        await TestAccounts.CreateInvestigatorAsync(app.Services, "patents@aphp.test.local", TestAccounts.Aphp);
        await using var browser = await BrowserSession.StartAsync(app, chromium);
        var page = browser.Page;
        await TestAccounts.SignInAsync(page, "patents@aphp.test.local", returnUrl: $"/products/{productId}?tab=patents");
        await browser.WaitForInteractivityAsync();
        var countBefore = int.Parse(await page.GetByTestId("tab-count-patents").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

        await page.GetByTestId("add-record").ClickAsync();
        await browser.WaitForEditorAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add a patent");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Assignee 1" })).ToHaveValueAsync(TestAccounts.Aphp);
        await page.Locator("#field-PublicationNumber").FillAsync("WO 2019/12345 A1");
        await page.Locator("#field-Title").FillAsync("Umbilical cord MSC for acute respiratory distress");
        await page.Locator("#field-PriorityDate").FillAsync("2023-01-02");
        await page.Locator("#field-FilingDate").FillAsync("2024-01-02");
        await page.Locator("#field-PublicationDate").FillAsync("2025-06-02");
        await page.GetByTestId("record-save").ClickAsync();

        const string Message = "WO (PCT) publication numbers have the year and a 6-digit serial number, e.g. WO 2019/123456 A1.";
        await Expect(page.GetByTestId("record-problems")).ToContainTextAsync(Message);
        var numberInput = page.Locator("#field-PublicationNumber");
        await Expect(numberInput).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".mud-input-control", new() { Has = numberInput })).ToContainTextAsync(Message);
        await browser.ScreenshotAsync("linked-record-patent-invalid");

        await page.Locator("#field-PublicationNumber").FillAsync("WO 2019/123456 A1");
        await page.GetByTestId("record-save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/products/{productId}?tab=patents&saved=added").ToString());
        await Expect(page.GetByTestId("saved-notice")).ToHaveTextAsync("Added the patent.");
        await Expect(page.GetByTestId("tab-count-patents")).ToHaveTextAsync((countBefore + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("table-patents")).ToContainTextAsync("WO2019123456A1");
        await Expect(page.GetByTestId("table-patents").GetByRole(AriaRole.Link, new() { Name = "Edit patent WO2019123456A1" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("linked-record-patent-added");
    }

    /// <summary>A Kestrel app of this class's own.</summary>
    public sealed class OwnApp : IAsyncLifetime
    {
        public KestrelRegistryApp App { get; } = new();

        public Task InitializeAsync() => App.InitializeAsync();

        public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
    }
}
