using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Auditing;
using TrialRegistry.Generation;
using TrialRegistry.Import.Runs;
using TrialRegistry.Web.Components.Pages.Admin.Import;
using TrialRegistry.Web.Import;
using TrialRegistry.Web.Tests.Hosting;

namespace TrialRegistry.Web.Tests.Import;

/// <summary>
/// Background imports (Web/Import/ImportQueue and ImportRunner) in the real app on real PostgreSQL:
/// files uploaded the way the page stores them, runs that outlive the page, progress, cancellation,
/// the queue. Each test imports its own range of generated study ids.
/// </summary>
public sealed class ImportRunnerTests(BareRegistryApp app) : IClassFixture<BareRegistryApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly Actor Admin = new("runner-admin-id", "runner@test.local", IsAdmin: true);

    [Fact]
    public async Task A_commit_finishes_in_the_background_after_its_page_is_gone_with_full_progress_and_its_files_deleted()
    {
        var (uploads, ids) = await UploadAsync(start: 0, count: 40);
        var path = Assert.Single(uploads.Files).Path;
        ImportJob job;
        using (var scope = app.Services.CreateScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<ImportQueue>();
            job = queue.Enqueue(uploads.Files, Options(uploads, dryRun: false), uploads.Hold());
        }

        // The page goes away at once: its circuit, its scope and its own hold on the files.
        uploads.Dispose();

        var result = await job.Completion.WaitAsync(Patience);
        Assert.Equal(ImportJobState.Finished, job.State);
        Assert.Equal((ImportRunStatus.Succeeded, 40, 40), (result.Run.Status, result.Run.RecordsRead, result.Run.New));
        Assert.Equal(result.Run.Id, job.RunId);
        var progress = job.Progress.Snapshot();
        Assert.Equal(40, progress.Records);
        Assert.Equal(1.0, progress.Fraction);
        Assert.True(progress.AllRead);
        Assert.True(progress.RecordsPerSecond > 0);
        Assert.False(app.Services.GetRequiredService<ImportQueue>().IsRunningHere(result.Run.Id));
        Assert.False(File.Exists(path), "The temporary file goes when the run that outlived the page ends.");

        await using var db = app.Database.CreateContext();
        Assert.Equal(40, await db.Trials.CountAsync(t => ids.Contains(t.RegistryId)));
        var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == result.Run.Id);
        Assert.Equal((ImportRunStatus.Succeeded, "runner@test.local", "runner-admin-id"), (run.Status, run.StartedBy, run.StartedByUserId));
        Assert.Equal(["generated.ndjson"], run.Files);
    }

    [Fact]
    public async Task A_dry_run_of_a_zip_reports_its_progress_through_the_archive_to_the_end()
    {
        using var zip = new MemoryStream();
        StudyGenerator.WriteZip(zip, 30);
        using var uploads = new ImportUploads();
        Assert.Null(await uploads.AddAsync(new FakeBrowserFile("studies.zip", zip.ToArray()), zip.Length, CancellationToken.None));
        var job = app.Services.GetRequiredService<ImportQueue>().Enqueue(uploads.Files, Options(uploads, dryRun: true), uploads.Hold());

        var result = await job.Completion.WaitAsync(Patience);

        Assert.Equal((ImportRunStatus.DryRunFinished, 30), (result.Run.Status, result.Run.RecordsRead));
        var progress = job.Progress.Snapshot();
        Assert.Equal(30, progress.Records);
        Assert.Equal(zip.Length, progress.TotalBytes);
        Assert.True(progress.AllRead);
    }

    [Fact]
    public async Task Cancelling_a_running_strict_commit_writes_no_trial_and_the_run_says_it_was_cancelled()
    {
        var (uploads, ids) = await UploadAsync(start: 1_000, count: 1_500);
        using var _ = uploads;
        var path = Assert.Single(uploads.Files).Path;
        var queue = app.Services.GetRequiredService<ImportQueue>();
        // Small batches: by the time it is cancelled, several batches sit in the run's open transaction.
        var job = queue.Enqueue(uploads.Files, Options(uploads, dryRun: false), uploads.Hold());

        await WaitUntilAsync(() => job.Progress.Snapshot().Records >= 60 || !job.IsActive);
        Assert.Equal(ImportJobState.Running, job.State);
        Assert.NotNull(job.RunId);
        Assert.True(queue.IsRunningHere(job.RunId.Value));
        job.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.Completion.WaitAsync(Patience));
        Assert.Equal(ImportJobState.Cancelled, job.State);
        Assert.False(job.StoppedByShutdown);
        Assert.InRange(job.Progress.Snapshot().Records, 60, 1_499);
        Assert.True(File.Exists(path), "The page still holds its file.");

        await using var db = app.Database.CreateContext();
        Assert.Equal(0, await db.Trials.CountAsync(t => ids.Contains(t.RegistryId)));
        var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == job.RunId);
        Assert.Equal(ImportRunStatus.Failed, run.Status);
        Assert.Equal("The import was cancelled; nothing was written.", run.Error);
    }

    [Fact]
    public async Task A_second_import_waits_in_the_queue_and_one_cancelled_there_never_runs()
    {
        var (uploads, _) = await UploadAsync(start: 5_000, count: 1_500);
        using var __ = uploads;
        var queue = app.Services.GetRequiredService<ImportQueue>();
        var secondReleased = false;
        var first = queue.Enqueue(uploads.Files, Options(uploads, dryRun: true), uploads.Hold());
        var second = queue.Enqueue(uploads.Files, Options(uploads, dryRun: true), new Released(() => secondReleased = true));

        await WaitUntilAsync(() => first.RunId is not null || !first.IsActive);
        Assert.Equal(ImportJobState.Running, first.State);
        Assert.Equal(ImportJobState.Queued, second.State);
        Assert.Equal(1, queue.Ahead(second));
        Assert.Equal([first, second], queue.Jobs.Take(2));

        second.Cancel();
        Assert.Equal(ImportJobState.Cancelled, second.State);
        Assert.True(secondReleased, "A job cancelled in the queue lets go of its files at once.");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.Completion);

        first.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Completion.WaitAsync(Patience));
        Assert.Null(second.RunId);
        Assert.Null(second.StartedAt);
        await using var db = app.Database.CreateContext();
        Assert.False(await db.ImportRuns.AnyAsync(r => r.Id > first.RunId), "The cancelled queued job wrote no run.");
    }

    [Fact]
    public async Task Stopping_the_app_cancels_the_running_strict_commit_and_its_row_says_so()
    {
        // Its own app: this test stops it.
        var stopping = new BareRegistryApp();
        await stopping.InitializeAsync();
        try
        {
            var (uploads, ids) = await UploadAsync(start: 8_000, count: 1_500);
            using var _ = uploads;
            var job = stopping.Services.GetRequiredService<ImportQueue>().Enqueue(uploads.Files, Options(uploads, dryRun: false), uploads.Hold());
            await WaitUntilAsync(() => job.Progress.Snapshot().Records >= 60 || !job.IsActive);
            Assert.Equal(ImportJobState.Running, job.State);

            await stopping.DisposeAsync();

            Assert.Equal(ImportJobState.Cancelled, job.State);
            Assert.True(job.StoppedByShutdown);
            await using var db = stopping.Database.CreateContext();
            Assert.Equal(0, await db.Trials.CountAsync(t => ids.Contains(t.RegistryId)));
            var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == job.RunId);
            Assert.Equal((ImportRunStatus.Failed, "The import was cancelled; nothing was written."), (run.Status, run.Error));
        }
        finally
        {
            await stopping.DisposeAsync();
            await stopping.Database.DisposeAsync();
        }
    }

    [Fact]
    public void A_running_row_is_running_only_when_this_app_runs_it()
    {
        Assert.Equal("running", ImportRunStatusText.Of(ImportRunStatus.Running, runningHere: true));
        Assert.Equal("running (or interrupted)", ImportRunStatusText.Of(ImportRunStatus.Running, runningHere: false));
        Assert.Equal("committed", ImportRunStatusText.Of(ImportRunStatus.Succeeded, runningHere: false));
    }

    /// <summary>Generated studies <paramref name="start"/>.. as one NDJSON upload, stored as the page stores it.</summary>
    private static async Task<(ImportUploads Uploads, List<string> Ids)> UploadAsync(int start, int count)
    {
        var lines = new StudyGenerator().Generate(count, start).Select(study => study.ToJsonString());
        var content = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        var uploads = new ImportUploads();
        Assert.Null(await uploads.AddAsync(new FakeBrowserFile("generated.ndjson", content), content.Length, CancellationToken.None));
        return (uploads, Enumerable.Range(start, count).Select(StudyGenerator.NctIdOf).ToList());
    }

    private static ImportOptions Options(ImportUploads uploads, bool dryRun)
        => new(Admin, [.. uploads.Files.Select(f => f.Name)], [.. uploads.Files.Select(f => f.Format.Name)])
        {
            DryRun = dryRun,
            BatchSize = 20,
            Today = StudyGenerator.Today,
        };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the background import.");
            await Task.Delay(20);
        }
    }

    private sealed class Released(Action released) : IDisposable
    {
        public void Dispose() => released();
    }
}
