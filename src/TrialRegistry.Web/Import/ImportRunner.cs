using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Web.Import;

/// <summary>
/// Runs the queued imports one after the other, outside any page's circuit, through the same use case
/// as the page used to and the command line does (<see cref="RunImport"/>). Progress comes from the
/// read delegate (<see cref="ImportProgress"/>), so the engine needs no hook. When the app stops, the
/// running import is cancelled (a strict run rolls back and its row says so) and queued ones are dropped.
/// </summary>
public sealed partial class ImportRunner(ImportQueue queue, IDbContextFactory<RegistryDbContext> dbFactory, ILogger<ImportRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Pending.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the jobs still queued are dropped below.
        }
        finally
        {
            queue.Complete();
            while (queue.Pending.TryRead(out var job))
            {
                job.Cancelled(byShutdown: true);
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken stoppingToken)
    {
        if (!job.TryStart())
        {
            // Cancelled while it waited (and ended then): it never ran and wrote no row.
            return;
        }

        LogStarted(job.Number, job.Options.DryRun, job.Options.Mode, job.Options.Actor.UserName);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.CancellationToken);
        try
        {
            var result = await RunImport.RunAsync(dbFactory, context => ReadAsync(job, context, stop.Token), job.Options, stop.Token);
            job.Finish(result);
            LogFinished(job.Number, result.Run.Id, result.Run.Status, result.Run.RecordsRead);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Cancelled before reading began: the row exists (RunImport finished it as cancelled) but the job has not seen it.
            job.RunId ??= await TryFindRunIdAsync(job);
            job.Cancelled(byShutdown: stoppingToken.IsCancellationRequested);
            LogCancelled(job.Number, job.RunId);
        }
        catch (Exception exception)
        {
            // Anything else (database gone, a bug in a reader): the run's row records it; the app stays up.
            job.RunId ??= await TryFindRunIdAsync(job);
            job.Fail(exception);
            LogFailed(exception, job.Number, job.RunId);
        }
    }

    /// <summary>The job's files with progress; first looks up the run's row, which <see cref="RunImport"/> has just written.</summary>
    private async IAsyncEnumerable<ImportItem> ReadAsync(ImportJob job, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        job.RunId = await FindRunIdAsync(job, cancellationToken);
        queue.NotifyChanged();
        await foreach (var item in ImportFiles.ReadAsync(job.Files, context, job.Progress, cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>
    /// RunImport does not hand out its row before it returns, and its signature stays: the row is the
    /// newest one of this actor started since the job did. This runner runs one job at a time, so only
    /// another app process importing as the same admin at the same moment could be mistaken for it.
    /// </summary>
    private async Task<long?> FindRunIdAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var actor = job.Options.Actor;
        // PostgreSQL keeps microseconds; a millisecond of slack keeps the row's own start time inside.
        var since = job.StartedAt!.Value.AddMilliseconds(-1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ImportRuns
            .Where(r => r.StartedBy == actor.UserName && r.StartedByUserId == actor.UserId && r.StartedAt >= since)
            .OrderByDescending(r => r.Id)
            .Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>After a failure the database may be what failed: no id then.</summary>
    private async Task<long?> TryFindRunIdAsync(ImportJob job)
    {
        try
        {
            return await FindRunIdAsync(job, CancellationToken.None);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {Job} started (dry run {DryRun}, {Mode}) by {User}")]
    private partial void LogStarted(int job, bool dryRun, ImportMode mode, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {Job} finished: run {RunId} {Status}, {Records} records read")]
    private partial void LogFinished(int job, long runId, ImportRunStatus status, int records);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {Job} cancelled (run {RunId})")]
    private partial void LogCancelled(int job, long? runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {Job} failed (run {RunId})")]
    private partial void LogFailed(Exception exception, int job, long? runId);
}
