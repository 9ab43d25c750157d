using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrialRegistry.Data;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>
/// Two investigators edit the seed trial at once, each in their own browser context: the second
/// save is refused with the conflict view and writes nothing; re-applying keeps both people's
/// changes. Its own app and database: these tests change the seed trial other browser tests read.
/// </summary>
public sealed class TrialConflictBrowserTests(OwnAppWithBrowser app) : IClassFixture<OwnAppWithBrowser>
{
    private const string SeedTrial = TestAccounts.SeedTrial;

    /// <summary>The acronym A saves (the seed trial's is MSC-SLE); at most 14 characters.</summary>
    private const string TheirAcronym = "MSC-SLE-2";

    [Fact]
    public async Task The_second_save_shows_what_the_first_person_changed_saves_nothing_and_re_applying_keeps_both_changes()
    {
        await using var editors = await TwoEditorsAsync(app, "alice@aphp.test", "bob@aphp.test");
        var (alice, bob) = (editors.First, editors.Second);

        await SaveAcronymAsync(alice, TheirAcronym);

        await Enrollment(bob.Page).FillAsync("24");
        await bob.Page.GetByTestId("edit-save").ClickAsync();

        var conflict = bob.Page.GetByTestId("edit-conflict");
        await Expect(conflict).ToContainTextAsync("alice@aphp.test saved this trial at");
        await Expect(conflict).ToContainTextAsync("Your changes are not saved.");
        var acronymRow = bob.Page.GetByTestId("edit-conflict-changes").Locator("tr", new() { HasText = "Acronym" });
        await Expect(acronymRow).ToContainTextAsync("MSC-SLE");
        await Expect(acronymRow).ToContainTextAsync(TheirAcronym);
        await Expect(bob.Page.GetByTestId("edit-conflict-changes")).Not.ToContainTextAsync("Enrollment");
        Assert.EndsWith($"/trials/{SeedTrial}/edit", bob.Page.Url, StringComparison.Ordinal);
        await bob.ScreenshotAsync("trial-editor-conflict");

        // The whole editor is long: the conflict view alone too, readable at full size.
        await conflict.ScreenshotAsync(new() { Path = Path.Combine(ChromiumBrowser.ScreenshotDirectory, "trial-editor-conflict-view.png") });

        // Nothing of Bob's was written: the record is Alice's version, in two versions (import, Alice).
        Assert.Equal((TheirAcronym, 10), await StoredAsync(app.Services));
        Assert.Equal(2, await VersionCountAsync(app.Services));

        await bob.Page.GetByTestId("edit-conflict-reapply").ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(Enrollment(bob.Page)).ToHaveValueAsync("24");
        await Expect(Acronym(bob.Page)).ToHaveValueAsync(TheirAcronym);
        await bob.Page.GetByTestId("edit-save").ClickAsync();

        await bob.Page.WaitForURLAsync(url => url.EndsWith($"/trials/{SeedTrial}?saved=3", StringComparison.Ordinal));
        await Expect(bob.Page.GetByTestId("saved-notice")).ToHaveTextAsync($"Saved {SeedTrial} (version 3).");
        await Expect(bob.Page.GetByTestId("trial-header")).ToContainTextAsync("24 participants");
        await Expect(bob.Page.GetByTestId("trial-header")).ToContainTextAsync(TheirAcronym);
        Assert.Equal((TheirAcronym, 24), await StoredAsync(app.Services));

        // The history: the imported record, Alice's edit and Bob's.
        await bob.OpenAsync($"/trials/{SeedTrial}/history");
        var rows = bob.Page.GetByTestId("version-row");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(bob.Page.GetByTestId("versions")).ToContainTextAsync("alice@aphp.test");
        await Expect(bob.Page.GetByTestId("versions")).ToContainTextAsync("bob@aphp.test");
        var enrollmentChange = bob.Page.Locator("[data-testid=field-change][data-path=EnrollmentCount]");
        await Expect(enrollmentChange).ToContainTextAsync("10");
        await Expect(enrollmentChange).ToContainTextAsync("24");
        await bob.ScreenshotAsync("trial-editor-conflict-history");
    }

    /// <summary>
    /// "Reload their version" in its own app (the first test's saves would change what this one
    /// starts from, and xUnit does not order tests).
    /// </summary>
    public sealed class ReloadingTheirVersion(OwnAppWithBrowser app) : IClassFixture<OwnAppWithBrowser>
    {
        [Fact]
        public async Task Reloading_their_version_discards_mine_and_a_save_after_it_succeeds()
        {
            await using var editors = await TwoEditorsAsync(app, "carol@aphp.test", "dan@aphp.test");
            var (carol, dan) = (editors.First, editors.Second);

            await SaveAcronymAsync(carol, TheirAcronym);

            // Dan changes the acronym too: the conflict view says so.
            await Acronym(dan.Page).FillAsync("DAN-SLE");
            await Enrollment(dan.Page).FillAsync("24");
            await dan.Page.GetByTestId("edit-save").ClickAsync();
            await Expect(dan.Page.GetByTestId("edit-conflict")).ToContainTextAsync("carol@aphp.test saved this trial at");
            var acronymRow = dan.Page.GetByTestId("edit-conflict-changes").Locator("tr", new() { HasText = "Acronym" });
            await Expect(acronymRow).ToContainTextAsync("Yes: re-applying keeps yours");
            Assert.Equal((TheirAcronym, 10), await StoredAsync(app.Services));

            await dan.Page.GetByTestId("edit-conflict-reload").ClickAsync();
            await Expect(dan.Page.GetByTestId("edit-conflict")).ToHaveCountAsync(0);
            await Expect(dan.Page.GetByText("Their version is loaded; your changes were discarded.")).ToBeVisibleAsync();
            await Expect(Enrollment(dan.Page)).ToHaveValueAsync("10");
            await Expect(Acronym(dan.Page)).ToHaveValueAsync(TheirAcronym);

            // Their version carries the new concurrency token: a save on it goes through.
            await Enrollment(dan.Page).FillAsync("30");
            await dan.Page.GetByTestId("edit-save").ClickAsync();
            await dan.Page.WaitForURLAsync(url => url.EndsWith($"/trials/{SeedTrial}?saved=3", StringComparison.Ordinal));
            await Expect(dan.Page.GetByTestId("saved-notice")).ToHaveTextAsync($"Saved {SeedTrial} (version 3).");
            Assert.Equal((TheirAcronym, 30), await StoredAsync(app.Services));
            Assert.Equal(3, await VersionCountAsync(app.Services));
        }
    }

    /// <summary>Two investigators of the seed trial's sponsor, each signed in in a context of their own, both on its editor.</summary>
    private static async Task<EditorPair> TwoEditorsAsync(OwnAppWithBrowser app, string first, string second)
    {
        var sessions = new List<BrowserSession>();
        try
        {
            foreach (var email in new[] { first, second })
            {
                await TestAccounts.CreateInvestigatorAsync(app.Services, email, TestAccounts.Aphp);
                var session = await BrowserSession.StartAsync(app, app.Chromium);
                sessions.Add(session);
                await TestAccounts.SignInAsync(session.Page, email);
                await session.OpenAsync($"/trials/{SeedTrial}/edit");
                await Expect(Enrollment(session.Page)).ToHaveValueAsync("10");
            }

            return new EditorPair(sessions[0], sessions[1]);
        }
        catch
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>
    /// Changes the acronym and saves. The seed trial's completion dates are estimated but past, which
    /// the rules refuse, so the save also moves them ahead (the editing browser test does the same).
    /// </summary>
    private static async Task SaveAcronymAsync(BrowserSession editor, string acronym)
    {
        var page = editor.Page;
        await Acronym(page).FillAsync(acronym);
        await page.GetByLabel("Primary completion date", new() { Exact = true }).FillAsync("2027-03");
        await page.GetByLabel("Completion date", new() { Exact = true }).FillAsync("2027-09");
        await page.GetByTestId("edit-save").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/trials/{SeedTrial}?saved=2", StringComparison.Ordinal));
        await Expect(page.GetByTestId("saved-notice")).ToHaveTextAsync($"Saved {SeedTrial} (version 2).");
    }

    private static ILocator Enrollment(IPage page) => page.GetByLabel("Enrollment", new() { Exact = true });

    private static ILocator Acronym(IPage page) => page.GetByLabel("Acronym", new() { Exact = true });

    /// <summary>The seed trial's acronym and enrollment as stored.</summary>
    private static async Task<(string?, int?)> StoredAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var trial = await db.Trials.AsNoTracking().Where(t => t.RegistryId == SeedTrial)
            .Select(t => new { t.Acronym, t.EnrollmentCount }).SingleAsync();
        return (trial.Acronym, trial.EnrollmentCount);
    }

    private static async Task<int> VersionCountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.TrialVersions.CountAsync(v => v.Trial.RegistryId == SeedTrial);
    }

    private sealed record EditorPair(BrowserSession First, BrowserSession Second) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
        }
    }
}
