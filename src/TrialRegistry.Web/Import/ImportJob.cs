using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Import;

public enum ImportJobState
{
    /// <summary>Waiting for the run before it to end.</summary>
    Queued,
    Running,

    /// <summary>The run ended and recorded its report (its status says committed, dry run finished, or refused).</summary>
    Finished,

    /// <summary>The run stopped on an error (the run's row says which); nothing of a strict run was written.</summary>
    Failed,

    /// <summary>Cancelled by an admin or by the app stopping: a queued job never ran, a running one rolled back (strict).</summary>
    Cancelled,
}

/// <summary>
/// One import handed to <see cref="ImportQueue"/>: the files and options, its state, its live
/// progress and, at the end, its result. Lives in the app, not in the page that asked for it, so
/// any admin page can show it (docs/decisions/0017-import-runs.md, "Background runs").
/// </summary>
public sealed class ImportJob
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource cancellation = new();
    private readonly TaskCompletionSource<ImportResult> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action changed;
    private IDisposable? filesHold;

    /// <param name="changed">Told after the job starts or ends (the queue tells the pages).</param>
    internal ImportJob(int number, IReadOnlyList<ImportFile> files, ImportOptions options, IDisposable? filesHold, Action changed)
    {
        Number = number;
        this.changed = changed;
        Files = files;
        Options = options;
        this.filesHold = filesHold;
        Progress = new ImportProgress(files);
        QueuedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>1, 2, ... in the order the app received them (not the run id: the run's row is written when it starts).</summary>
    public int Number { get; }

    public IReadOnlyList<ImportFile> Files { get; }

    public ImportOptions Options { get; }

    public ImportProgress Progress { get; }

    public DateTimeOffset QueuedAt { get; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public ImportJobState State { get; private set; }

    /// <summary>The id of the run's row in the import history, once the run has written it.</summary>
    public long? RunId { get; internal set; }

    /// <summary>What the run did, when it finished.</summary>
    public ImportResult? Result { get; private set; }

    /// <summary>Why a failed job stopped.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether a cancelled job was stopped by the app shutting down rather than by an admin.</summary>
    public bool StoppedByShutdown { get; private set; }

    public bool IsActive => State is ImportJobState.Queued or ImportJobState.Running;

    /// <summary>The result; faulted when the run failed, cancelled when the job was.</summary>
    public Task<ImportResult> Completion => completion.Task;

    internal CancellationToken CancellationToken => cancellation.Token;

    /// <summary>Asks the job to stop: a queued job will not run; a running one stops at its next record (a strict run rolls back).</summary>
    public void Cancel()
    {
        bool queued;
        lock (gate)
        {
            if (!IsActive)
            {
                return;
            }

            cancellation.Cancel();
            queued = State == ImportJobState.Queued;
        }

        if (queued)
        {
            // Ends now rather than when the runner reaches it (behind a run that may take an hour).
            Cancelled(byShutdown: false);
        }
    }

    /// <summary>Queued → Running, unless it was cancelled while it waited.</summary>
    internal bool TryStart()
    {
        lock (gate)
        {
            if (State != ImportJobState.Queued || cancellation.IsCancellationRequested)
            {
                return false;
            }

            State = ImportJobState.Running;
            StartedAt = DateTimeOffset.UtcNow;
            Progress.Start();
        }

        changed();
        return true;
    }

    internal void Finish(ImportResult result) => End(ImportJobState.Finished, () => completion.TrySetResult(result), result: result);

    internal void Fail(Exception exception) => End(
        ImportJobState.Failed,
        () =>
        {
            completion.TrySetException(exception);
            // Observed here: the page that would await it may be gone, and the job keeps the message.
            _ = completion.Task.Exception;
        },
        error: exception.GetBaseException().Message);

    internal void Cancelled(bool byShutdown)
    {
        StoppedByShutdown = byShutdown;
        End(ImportJobState.Cancelled, () => completion.TrySetCanceled());
    }

    private void End(ImportJobState state, Action complete, ImportResult? result = null, string? error = null)
    {
        lock (gate)
        {
            if (!IsActive)
            {
                return;
            }

            (Result, Error, FinishedAt, State) = (result, error, DateTimeOffset.UtcNow, state);
            Progress.Stop();
            ReleaseFiles();
        }

        complete();
        changed();
    }

    /// <summary>The job is done with its files: the page's temporary files go once nothing else holds them.</summary>
    private void ReleaseFiles()
    {
        filesHold?.Dispose();
        filesHold = null;
    }
}
