using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrialRegistry.Data;
using TrialRegistry.Generation;
using TrialRegistry.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>
/// The admin import page in a real browser. Its own app and database (not the shared browser
/// collection): the test adds a trial, which other browser tests would count.
/// </summary>
public sealed class AdminImportBrowserTests(OwnAppWithBrowser app) : IClassFixture<OwnAppWithBrowser>, IDisposable
{
    private const string NewTrial = "NCT09990001";
    private const string Title = "Upload page test of a walking programme after hip surgery";
    private const int GeneratedStudies = 150;

    /// <summary>For the background runs: reading, mapping and writing 151 studies on a busy 2-core machine.</summary>
    private static readonly LocatorAssertionsToHaveAttributeOptions Slow = new() { Timeout = 120_000 };

    // A small CT.gov API v2 study (synthetic: a registry id no real study has).
    private const string Study = $$"""
        {
          "protocolSection": {
            "identificationModule": {
              "nctId": "{{NewTrial}}",
              "organization": { "fullName": "Upload Test Hospital", "class": "OTHER" },
              "briefTitle": "{{Title}}"
            },
            "statusModule": {
              "overallStatus": "RECRUITING",
              "startDateStruct": { "date": "2026-01", "type": "ACTUAL" },
              "lastUpdatePostDateStruct": { "date": "2026-02-01", "type": "ACTUAL" }
            },
            "sponsorCollaboratorsModule": {
              "leadSponsor": { "name": "Upload Test Hospital", "class": "OTHER" }
            }
          },
          "hasResults": false
        }
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("admin-import-test-").FullName;

    [Fact]
    public async Task An_admin_uploads_files_sees_the_dry_run_commits_watches_the_background_run_finish_and_finds_the_trials_and_the_runs()
    {
        await TestAccounts.CreateAdminAsync(app.Services, "importer@test.local");
        var studyFile = Path.Combine(directory, "upload-study.json");
        var emptyFile = Path.Combine(directory, "empty.json");
        // Enough generated studies that the run takes a moment and its progress has something to count.
        var generatedFile = Path.Combine(directory, "generated-studies.ndjson");
        var generated = new StudyGenerator().Generate(GeneratedStudies).ToList();
        await File.WriteAllTextAsync(studyFile, Study);
        await File.WriteAllBytesAsync(emptyFile, []);
        await File.WriteAllLinesAsync(generatedFile, generated.Select(study => study.ToJsonString()));
        var lastGenerated = StudyGenerator.NctIdOf(GeneratedStudies - 1);
        var lastGeneratedTitle = generated[^1]["protocolSection"]!["identificationModule"]!["briefTitle"]!.GetValue<string>();
        const string Records = "151";
        await using var browser = await BrowserSession.StartAsync(app, app.Chromium);
        var page = browser.Page;
        await TestAccounts.SignInAsync(page, "importer@test.local");

        await browser.OpenAsync("/admin/import");
        await browser.WaitForInteractivityAsync();
        var files = page.Locator("input[type=file][data-testid=import-files]");
        // Blazor's InputFile listens for "change" only once its script has initialized the element
        // (it then numbers the files it sends); a file set before that is lost.
        await page.WaitForFunctionAsync("() => document.querySelector('input[data-testid=import-files]')?._blazorInputFileNextFileId !== undefined");

        // An empty file is refused, named, and not kept.
        await files.SetInputFilesAsync(emptyFile);
        await Expect(page.GetByTestId("upload-problem")).ToHaveTextAsync("empty.json: the file is empty.");
        await Expect(page.GetByTestId("dry-run")).ToBeDisabledAsync();

        await files.SetInputFilesAsync([studyFile, generatedFile]);
        await Expect(page.GetByTestId("uploaded-files")).ToContainTextAsync("upload-study.json (ctgov-v2-json)");
        await Expect(page.GetByTestId("uploaded-files")).ToContainTextAsync("generated-studies.ndjson (ctgov-v2-json)");
        await Expect(page.GetByTestId("upload-problem")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("commit")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("admin-import-uploaded");

        // The dry run runs in the background too; its card ends with every record read.
        await page.GetByTestId("dry-run").ClickAsync();
        var dryRun = Job(page, "Dry run of upload-study.json, generated-studies.ndjson");
        await Expect(dryRun).ToHaveAttributeAsync("data-state", "finished", Slow);
        await Expect(dryRun).ToHaveAttributeAsync("data-records", Records);
        await Expect(dryRun).ToHaveAttributeAsync("data-percent", "100");
        var result = page.GetByTestId("import-result");
        await Expect(result.GetByTestId("import-summary")).ToContainTextAsync("strict, dry run: finished, nothing written");
        await Expect(result.GetByTestId("count-new")).ToHaveTextAsync(Records);
        await Expect(result.GetByTestId("count-invalid")).ToHaveTextAsync("0");
        await Expect(result.GetByTestId("import-lines")).ToContainTextAsync(NewTrial);
        await Expect(result.GetByTestId("import-lines")).ToContainTextAsync("upload-study.json");
        await Expect(result.GetByTestId("import-lines")).ToContainTextAsync(lastGenerated);
        await browser.ScreenshotAsync("admin-import-dry-run");
        Assert.False(await TrialExistsAsync(NewTrial), "A dry run writes nothing.");

        // The commit: its card shows a progress bar with the records read, and its own Cancel while it runs.
        await page.GetByTestId("commit").ClickAsync();
        var commit = Job(page, "Commit of upload-study.json, generated-studies.ndjson");
        await Expect(commit).ToBeVisibleAsync();
        await Expect(commit.GetByTestId("job-progress-bar")).ToBeVisibleAsync();
        await Expect(commit.GetByTestId("job-progress")).ToContainTextAsync(new Regex("Waits for the import before it|records read"));
        await Expect(page.GetByTestId("commit")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("admin-import-commit-progress");

        // Leaving the page does not stop the run: back on the page (a new circuit), the same run shows
        // its progress, running or finished, and then its report.
        await browser.OpenAsync("/trials");
        await browser.OpenAsync("/admin/import");
        commit = Job(page, "Commit of upload-study.json, generated-studies.ndjson");
        await Expect(commit).ToContainTextAsync("by importer@test.local");
        await Expect(commit).ToHaveAttributeAsync("data-state", "finished", Slow);
        await Expect(commit).ToHaveAttributeAsync("data-records", Records);
        await Expect(commit).ToHaveAttributeAsync("data-percent", "100");
        await Expect(commit.GetByTestId("job-state")).ToHaveTextAsync("committed");
        await Expect(commit.GetByTestId("job-progress")).ToContainTextAsync($"{Records} records read");
        await Expect(commit.GetByTestId("cancel-import")).ToHaveCountAsync(0);
        await Expect(commit.GetByTestId("job-run-link")).ToBeVisibleAsync();
        await Expect(result.GetByTestId("import-summary")).ToContainTextAsync("strict: committed");
        await Expect(result.GetByTestId("count-new")).ToHaveTextAsync(Records);
        await browser.ScreenshotAsync("admin-import-committed");

        Assert.True(await TrialExistsAsync(NewTrial));
        Assert.True(await TrialExistsAsync(lastGenerated));
        await browser.OpenAsync("/trials/" + NewTrial);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Title);
        await browser.ScreenshotAsync("admin-import-trial");
        await browser.OpenAsync("/trials/" + lastGenerated);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(lastGeneratedTitle);

        // The history lists the dry run and the commit, newest first; the commit's report has the line.
        // (This class's other tests may have run first: their runs are by other admins.)
        await browser.OpenAsync("/admin/import/runs");
        var runs = page.GetByTestId("import-run").Filter(new() { HasText = "importer@test.local" });
        await Expect(runs).ToHaveCountAsync(2);
        await Expect(runs.Nth(0)).ToContainTextAsync("upload-study.json, generated-studies.ndjson");
        await Expect(runs.Nth(0)).ToContainTextAsync("committed");
        await Expect(runs.Nth(0)).ToContainTextAsync("importer@test.local");
        await Expect(runs.Nth(0).GetByTestId("run-counts")).ToHaveTextAsync($"{Records} read: {Records} new");
        await Expect(runs.Nth(1)).ToContainTextAsync("dry run");
        await Expect(runs.Nth(1)).ToContainTextAsync("finished, nothing written");
        await browser.ScreenshotAsync("admin-import-history");
        await runs.Nth(0).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/import/runs/", StringComparison.Ordinal));
        await Expect(page.GetByTestId("import-lines")).ToContainTextAsync(NewTrial);
        await Expect(page.GetByTestId("import-lines")).ToContainTextAsync("New");
        await browser.ScreenshotAsync("admin-import-run-report");
    }

    [Fact]
    public async Task A_strict_dry_run_with_an_invalid_record_names_it_and_does_not_offer_the_commit()
    {
        await TestAccounts.CreateAdminAsync(app.Services, "strict@test.local");
        var invalidFile = Path.Combine(directory, "no-title.json");
        await File.WriteAllTextAsync(invalidFile, Study.Replace(NewTrial, "NCT09990003", StringComparison.Ordinal).Replace(Title, " ", StringComparison.Ordinal));
        await using var browser = await BrowserSession.StartAsync(app, app.Chromium);
        var page = browser.Page;
        await TestAccounts.SignInAsync(page, "strict@test.local");
        await browser.OpenAsync("/admin/import");
        await browser.WaitForInteractivityAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('input[data-testid=import-files]')?._blazorInputFileNextFileId !== undefined");

        await page.Locator("input[type=file][data-testid=import-files]").SetInputFilesAsync(invalidFile);
        await Expect(page.GetByTestId("uploaded-files")).ToContainTextAsync("no-title.json");
        await page.GetByTestId("dry-run").ClickAsync();

        await Expect(Job(page, "Dry run of no-title.json")).ToHaveAttributeAsync("data-state", "finished", Slow);
        await Expect(page.GetByTestId("count-invalid")).ToHaveTextAsync("1");
        var lines = page.GetByTestId("import-lines");
        await Expect(lines).ToContainTextAsync("NCT09990003");
        // The mapper already refuses a study without a title (the run's Invalid count holds unreadable records too).
        await Expect(lines).ToContainTextAsync("Unreadable");
        await Expect(lines).ToContainTextAsync("Record cannot be imported: NCT09990003 has neither a brief nor an official title.");
        await Expect(page.GetByTestId("strict-refusal")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("commit")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("admin-import-strict-invalid");
    }

    [Fact]
    public async Task An_admin_cancels_a_running_dry_run_and_the_run_says_it_was_cancelled()
    {
        await TestAccounts.CreateAdminAsync(app.Services, "canceller@test.local");
        var bigFile = Path.Combine(directory, "many-studies.ndjson");
        await File.WriteAllLinesAsync(bigFile, new StudyGenerator().Generate(1_000, start: 1_000).Select(study => study.ToJsonString()));
        await using var browser = await BrowserSession.StartAsync(app, app.Chromium);
        var page = browser.Page;
        await TestAccounts.SignInAsync(page, "canceller@test.local");
        await browser.OpenAsync("/admin/import");
        await browser.WaitForInteractivityAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('input[data-testid=import-files]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file][data-testid=import-files]").SetInputFilesAsync(bigFile);
        await Expect(page.GetByTestId("uploaded-files")).ToContainTextAsync("many-studies.ndjson", new() { Timeout = 60_000 });

        await page.GetByTestId("dry-run").ClickAsync();
        var job = Job(page, "Dry run of many-studies.ndjson");
        await Expect(job).ToHaveAttributeAsync("data-state", "running", Slow);
        await Expect(job.GetByTestId("job-progress")).ToContainTextAsync(new Regex("^[1-9][0-9,]* records read"), new() { Timeout = 120_000 });
        await job.GetByTestId("cancel-import").ClickAsync();

        await Expect(job).ToHaveAttributeAsync("data-state", "cancelled", Slow);
        await Expect(job.GetByTestId("job-state")).ToHaveTextAsync("cancelled");
        await Expect(page.GetByTestId("run-cancelled")).ToHaveTextAsync("The import was cancelled. Nothing was written.");
        await Expect(job.GetByTestId("cancel-import")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("commit")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("admin-import-cancelled");

        await job.GetByTestId("job-run-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/import/runs/", StringComparison.Ordinal));
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("strict, dry run: failed, nothing written");
        await Expect(page.GetByTestId("import-error")).ToHaveTextAsync("The import was cancelled; nothing was written.");
    }

    /// <summary>The card of the import whose title starts so ("Dry run of", "Commit of").</summary>
    private static ILocator Job(IPage page, string title) => page.GetByTestId("import-job").Filter(new() { HasText = title });

    private async Task<bool> TrialExistsAsync(string registryId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.Trials.AnyAsync(t => t.RegistryId == registryId);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
