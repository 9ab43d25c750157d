using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Import;

/// <summary>
/// Runs the queued imports one after the other, outside any page's circuit, through the same use case
/// as the page used to and the command line does (<see cref="RunImport"/>). Progress comes from the
/// read delegate (<see cref="ImportProgress"/>); the run's id from <see cref="ImportOptions.RunStarted"/>. When the app stops, the
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
            var options = job.Options with
            {
                RunStarted = id =>
                {
                    job.RunId = id;
                    queue.NotifyChanged();
                },
            };
            var result = await RunImport.RunAsync(dbFactory, context => ImportFiles.ReadAsync(job.Files, context, job.Progress, stop.Token), options, stop.Token);
            job.Finish(result);
            LogFinished(job.Number, result.Run.Id, result.Run.Status, result.Run.RecordsRead);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run's row (if it got that far) says it was cancelled; the job knows its id from RunStarted.
            job.Cancelled(byShutdown: stoppingToken.IsCancellationRequested);
            LogCancelled(job.Number, job.RunId);
        }
        catch (Exception exception)
        {
            // Anything else (database gone, a bug in a reader): the run's row records it; the app stays up.
            job.Fail(exception);
            LogFailed(exception, job.Number, job.RunId);
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
