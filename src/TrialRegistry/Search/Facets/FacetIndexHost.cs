using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrialRegistry.Data;

namespace TrialRegistry.Search.Facets;

/// <summary>
/// Keeps this process's <see cref="FacetIndex"/> exact (docs/decisions/0024-facet-index.md): it
/// LISTENs on <see cref="Channel"/> before building from a snapshot, so every commit the snapshot
/// missed arrives as a notification afterwards; it patches the index with the current rows of the
/// trials named, and rebuilds on "*" (a bulk change) or a lost connection. While there is no
/// usable index, <see cref="Current"/> is null and the search counts with SQL.
/// <para>
/// This process's own writes (<see cref="NoteLocalWrite"/>) are visible to its next search:
/// <see cref="GetFreshAsync"/> then sends a marker notification and waits until the loop has applied
/// everything committed before it.
/// </para>
/// </summary>
public sealed partial class FacetIndexHost : ILocalWriteObserver, IAsyncDisposable
{
    public const string Channel = "search_index";
    private const string SyncPrefix = "sync:";

    private static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PendingReadWait = TimeSpan.FromMilliseconds(1);
    private const int MaxPendingReads = 100_000;

    private readonly NpgsqlDataSource dataSource;
    private readonly ILogger<FacetIndexHost> logger;
    private readonly ConcurrentQueue<string> received = new();
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Done, long Writes)> syncs = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile FacetIndex? current;
    private long localWrites;
    private long syncedWrites;

    public FacetIndexHost(string connectionString, ILogger<FacetIndexHost> logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(Data.DataServiceCollectionExtensions.WithoutJit(connectionString))
        {
            ApplicationName = "TrialRegistry facet index",
            KeepAlive = 30,
        };
        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        this.logger = logger;
    }

    /// <summary>The index, when it is built and following the database; otherwise null.</summary>
    public FacetIndex? Current => current;

    /// <summary>Completes when the first index is built (tests and the benchmark wait for it).</summary>
    public Task FirstBuild => firstBuild.Task;

    /// <summary>How long the last full build took.</summary>
    public TimeSpan LastBuildTime { get; private set; }

    /// <summary>Builds this process has made (the first one and every rebuild).</summary>
    public int Builds { get; private set; }

    /// <summary>This process committed a write: its next search must see it.</summary>
    public void NoteLocalWrite() => Interlocked.Increment(ref localWrites);

    /// <summary>
    /// The index if it reflects every commit this process made; null when there is none, or when
    /// the loop did not catch up within two seconds (the search then counts with SQL).
    /// </summary>
    public async Task<FacetIndex?> GetFreshAsync(CancellationToken cancellationToken)
    {
        if (current is null)
        {
            return null;
        }

        var writes = Interlocked.Read(ref localWrites);
        if (writes == Interlocked.Read(ref syncedWrites))
        {
            return current;
        }

        var token = SyncPrefix + Guid.NewGuid().ToString("N");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        syncs[token] = (done, writes);
        try
        {
            await using (var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)"))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = Channel });
                command.Parameters.Add(new NpgsqlParameter { Value = token });
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await done.Task.WaitAsync(SyncTimeout, cancellationToken);
            return current;
        }
        catch (TimeoutException)
        {
            LogSyncTimedOut(writes, SyncTimeout.TotalMilliseconds);
            return null;
        }
        finally
        {
            syncs.TryRemove(token, out _);
        }
    }

    /// <summary>Listens, builds and patches until <paramref name="stopping"/>; reconnects and rebuilds after any failure.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Whatever failed (the database, or a defect here), searches fall back to SQL and the
                // loop starts over from a fresh build rather than leaving the index gone for good.
                current = null;
                LogFailed(e);
                try
                {
                    await Task.Delay(RetryDelay, stopping);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        current = null;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async Task ListenAsync(CancellationToken stopping)
    {
        await using var listener = await dataSource.OpenConnectionAsync(stopping);
        listener.Notification += (_, e) => received.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync(stopping);
        }

        while (true)
        {
            await BuildAsync(listener, stopping);
            while (true)
            {
                var work = Drain();
                LogDrained(work.TrialIds.Count, work.SponsorIds.Count, work.Syncs.Count, work.Rebuild);
                if (work.Rebuild)
                {
                    current = null;
                    CompleteSyncs(work.Syncs);
                    break;
                }

                if (work.TrialIds.Count > 0 || work.SponsorIds.Count > 0)
                {
                    await ApplyAsync(current!, work, stopping);
                }

                CompleteSyncs(work.Syncs);
                if (received.IsEmpty)
                {
                    LogWaiting();
                    if (await listener.WaitAsync(IdleCheck, stopping))
                    {
                        await ReadPendingAsync(listener, stopping);
                    }
                    else if (!syncs.IsEmpty)
                    {
                        // A search has waited a whole second for its marker: a round trip on the
                        // listening connection reads whatever the server has sent it, so a
                        // notification can never sit unread while searches fall back to SQL.
                        LogIdleRoundTrip(syncs.Count);
                        await using var ping = new NpgsqlCommand("SELECT 1", listener);
                        await ping.ExecuteScalarAsync(stopping);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Reads every notification the server has already sent. WaitAsync raises one notification per
    /// call: a bulk commit sends hundreds, and applying them one by one (each a query) left markers
    /// and "*" queued behind them for minutes on a loaded machine.
    /// </summary>
    private static async Task ReadPendingAsync(NpgsqlConnection listener, CancellationToken stopping)
    {
        for (var read = 0; read < MaxPendingReads && await listener.WaitAsync(PendingReadWait, stopping); read++)
        {
        }
    }

    private async Task BuildAsync(NpgsqlConnection listener, CancellationToken stopping)
    {
        current = null;

        // Whatever arrived so far was committed before the snapshot the build reads: only the
        // markers still need an answer.
        var before = Drain();
        var clock = Stopwatch.StartNew();
        await using var reader = await dataSource.OpenConnectionAsync(stopping);
        var build = FacetIndexLoader.LoadAllAsync(reader, stopping);
        while (!build.IsCompleted)
        {
            // Keep reading notifications while the build runs, so none pile up in the socket.
            await listener.WaitAsync(TimeSpan.FromMilliseconds(200), stopping);
        }

        var index = await build;

        // Commits during the build may or may not be in its snapshot: re-reading those trials is
        // exact either way. A bulk change during the build means building again.
        var during = Drain();
        if (during.Rebuild)
        {
            CompleteSyncs(before.Syncs.Concat(during.Syncs));
            await BuildAsync(listener, stopping);
            return;
        }

        if (during.TrialIds.Count > 0 || during.SponsorIds.Count > 0)
        {
            await ApplyAsync(index, during, stopping);
        }

        LastBuildTime = clock.Elapsed;
        Builds++;
        current = index;

        // The build's garbage (rows read, vectors parsed; the index before it) is about the index's
        // size again: give it back to the operating system now, not whenever the GC next decides.
        // Not blocking: a stop-the-world compaction of a large process stalls every request with it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        CompleteSyncs(before.Syncs.Concat(during.Syncs));
        LogBuilt(index.Count, clock.ElapsedMilliseconds);
        firstBuild.TrySetResult();
    }

    private async Task ApplyAsync(FacetIndex index, Work work, CancellationToken stopping)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stopping);
        var (rows, removed) = await FacetIndexLoader.LoadSomeAsync(connection, work.TrialIds, work.SponsorIds, stopping);
        LogLoaded(rows.Count, removed.Count);
        index.Apply(rows, removed);
        LogApplied(index.Generation);
    }

    private void CompleteSyncs(IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (syncs.TryGetValue(token, out var sync))
            {
                // Every write counted before the marker was sent is now applied.
                long seen;
                do
                {
                    seen = Interlocked.Read(ref syncedWrites);
                }
                while (sync.Writes > seen && Interlocked.CompareExchange(ref syncedWrites, sync.Writes, seen) != seen);
                sync.Done.TrySetResult();
            }
        }
    }

    private Work Drain()
    {
        var work = new Work();
        while (received.TryDequeue(out var payload))
        {
            if (payload == "*")
            {
                work.Rebuild = true;
            }
            else if (payload.StartsWith(SyncPrefix, StringComparison.Ordinal))
            {
                work.Syncs.Add(payload);
            }
            else if (payload.Length > 1 && int.TryParse(payload.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                (payload[0] == 'o' ? work.SponsorIds : work.TrialIds).Add(id);
            }
        }

        return work;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Facet index built: {Trials} trials in {Milliseconds} ms")]
    private partial void LogBuilt(int trials, long milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Facet index: {Trials} trials, {Sponsors} sponsors, {Syncs} markers to apply (rebuild: {Rebuild})")]
    private partial void LogDrained(int trials, int sponsors, int syncs, bool rebuild);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Facet index: {Writes} local writes not confirmed applied within {Milliseconds} ms; this search counts with SQL")]
    private partial void LogSyncTimedOut(long writes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Facet index: {Markers} markers outstanding after a quiet second; reading the listening connection")]
    private partial void LogIdleRoundTrip(int markers);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Facet index: waiting for notifications")]
    private partial void LogWaiting();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Facet index: read {Rows} rows ({Removed} trials gone)")]
    private partial void LogLoaded(int rows, int removed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Facet index: generation {Generation} applied")]
    private partial void LogApplied(long generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Facet index stopped following the database; searches count with SQL until it is rebuilt")]
    private partial void LogFailed(Exception exception);

    private sealed class Work
    {
        public bool Rebuild { get; set; }

        public HashSet<int> TrialIds { get; } = [];

        public HashSet<int> SponsorIds { get; } = [];

        public List<string> Syncs { get; } = [];
    }
}
