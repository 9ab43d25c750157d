using System.Threading.Channels;
using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Import;

/// <summary>
/// The app's background imports (docs/decisions/0017-import-runs.md, "Background runs"): pages
/// enqueue, <see cref="ImportRunner"/> runs one job at a time, and every admin page sees the same
/// jobs (queued, running, and the last few finished) whichever circuit asked for them.
/// </summary>
public sealed class ImportQueue
{
    /// <summary>Finished jobs kept for the pages (each with its report in memory); older ones are in the history.</summary>
    public const int FinishedJobsKept = 5;

    private readonly Channel<ImportJob> pending = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private readonly List<ImportJob> jobs = [];
    private int lastNumber;

    /// <summary>A job was queued, started, found its run's row, or ended (raised on any thread: handlers marshal to their own).</summary>
    public event Action? Changed;

    /// <summary>Queued and running jobs in queue order, then finished ones, newest first.</summary>
    public IReadOnlyList<ImportJob> Jobs
    {
        get
        {
            lock (gate)
            {
                return [.. jobs.Where(j => j.IsActive), .. jobs.Where(j => !j.IsActive).OrderByDescending(j => j.FinishedAt)];
            }
        }
    }

    /// <summary>Queues a run of <paramref name="files"/>; <paramref name="filesHold"/> is disposed when the job no longer needs them (run ended or cancelled).</summary>
    public ImportJob Enqueue(IReadOnlyList<ImportFile> files, ImportOptions options, IDisposable? filesHold = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        ImportJob job;
        lock (gate)
        {
            // A copy: the page's own list changes as it uploads or clears files.
            job = new ImportJob(++lastNumber, [.. files], options, filesHold, NotifyChanged);
            jobs.Add(job);
        }

        if (!pending.Writer.TryWrite(job))
        {
            // The app is stopping: the runner reads no more.
            job.Cancelled(byShutdown: true);
        }

        NotifyChanged();
        return job;
    }

    /// <summary>The jobs queued before <paramref name="job"/> that have not ended.</summary>
    public int Ahead(ImportJob job)
    {
        lock (gate)
        {
            return jobs.TakeWhile(j => j != job).Count(j => j.IsActive);
        }
    }

    /// <summary>Whether the run <paramref name="runId"/> is running in this app now (a Running row that is not was interrupted, or runs elsewhere).</summary>
    public bool IsRunningHere(long runId)
    {
        lock (gate)
        {
            return jobs.Any(j => j.State == ImportJobState.Running && j.RunId == runId);
        }
    }

    internal ChannelReader<ImportJob> Pending => pending.Reader;

    /// <summary>No more jobs: the app is stopping.</summary>
    internal void Complete() => pending.Writer.TryComplete();

    internal void NotifyChanged()
    {
        lock (gate)
        {
            // Forget the oldest finished jobs beyond the few the pages show.
            var finished = jobs.Where(j => !j.IsActive).OrderByDescending(j => j.FinishedAt).Skip(FinishedJobsKept).ToList();
            jobs.RemoveAll(finished.Contains);
        }

        Changed?.Invoke();
    }
}
