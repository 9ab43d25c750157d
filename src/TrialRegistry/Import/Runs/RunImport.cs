using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Import.Runs;

/// <summary>What an import run did: its stored row and its full report.</summary>
public sealed record ImportResult(ImportRun Run, ImportReport Report)
{
    public bool Succeeded => Run.Status is ImportRunStatus.Succeeded or ImportRunStatus.DryRunFinished;
}

/// <summary>
/// Runs one import of a stream of records into the registry (docs/decisions/0017-import-runs.md):
/// each record is classified (new, updated, unchanged, stale, conflict, invalid), validated, and
/// written with its version; strict runs are all or nothing, lenient runs commit the valid records
/// in batches, dry runs always roll back. The <see cref="ImportRun"/> row is written in its own short
/// transactions (created Running, finished with counts and report), so a failed run keeps its record
/// while its data rolls back.
/// </summary>
public static class RunImport
{
    /// <param name="read">
    /// The records, read with the run's <see cref="ImportContext"/> (its entity resolver belongs to the
    /// run's data context: organizations, conditions and products the readers create roll back with it).
    /// </param>
    /// <exception cref="OperationCanceledException">Cancelled: nothing of a strict run was written; the run row says Failed.</exception>
    public static async Task<ImportResult> RunAsync(
        IDbContextFactory<RegistryDbContext> dbFactory,
        Func<ImportContext, IAsyncEnumerable<ImportItem>> read,
        ImportOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbFactory);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(options);
        var run = await StartAsync(dbFactory, options, cancellationToken);
        options.RunStarted?.Invoke(run.Id);
        var report = new ImportReport(options.Mode, options.DryRun);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var session = new ImportSession(db, run, options, report);
            await session.RunAsync(read, cancellationToken);
        }
        catch (Exception exception)
        {
            // The data transaction is gone with its context; the run's row says why, then the caller hears it too.
            report.Status = ImportRunStatus.Failed;
            report.Error = exception is OperationCanceledException
                ? Cancelled(options)
                : $"The import stopped: {exception.GetBaseException().Message}";
            await FinishAsync(dbFactory, run, report);
            throw;
        }

        await FinishAsync(dbFactory, run, report);
        return new ImportResult(run, report);
    }

    private static string Cancelled(ImportOptions options)
        => options.Mode == ImportMode.Strict || options.DryRun
            ? "The import was cancelled; nothing was written."
            : "The import was cancelled; the batches committed before stay, the rest was not written.";

    private static async Task<ImportRun> StartAsync(IDbContextFactory<RegistryDbContext> dbFactory, ImportOptions options, CancellationToken cancellationToken)
    {
        var run = new ImportRun
        {
            StartedAt = DateTimeOffset.UtcNow,
            StartedBy = options.Actor.UserName,
            StartedByUserId = options.Actor.UserId,
            Mode = options.Mode,
            IsDryRun = options.DryRun,
            Force = options.Force,
            Status = ImportRunStatus.Running,
            Files = [.. options.Files],
            Formats = [.. options.Formats],
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Not cancellable: a cancelled run must still record that it failed.</summary>
    private static async Task FinishAsync(IDbContextFactory<RegistryDbContext> dbFactory, ImportRun run, ImportReport report)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        report.CopyTo(run);
        run.FinishedAt = DateTimeOffset.UtcNow;
        db.ImportRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
