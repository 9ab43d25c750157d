using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrialRegistry.Data;

namespace TrialRegistry.ContentChanges;

/// <summary>
/// What readers can see changed, as the database's triggers tell it on <see cref="Channel"/>
/// (docs/decisions/0031-reader-page-cache.md): a trial's own pages ("t{registry id}": the trial, its
/// rows, its versions, a record linked to it), the pages that list or count ("l", which every change implies),
/// or everything ("*": a bulk change, a renamed organization or product, a lost connection).
/// <para>
/// The consumer (the readers' page cache) gets each batch after it was committed, in commit order.
/// This process's own commits are seen at once: <see cref="CatchUpAsync"/> sends a marker and waits
/// until every change committed before it was handed over.
/// </para>
/// </summary>
public sealed partial class ContentChangeFeed : ILocalWriteObserver, IAsyncDisposable
{
    public const string Channel = "content_changes";
    private const string SyncPrefix = "sync:";

    private static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PendingReadWait = TimeSpan.FromMilliseconds(1);
    private const int MaxPendingReads = 100_000;

    private readonly NpgsqlDataSource dataSource;
    private readonly ILogger<ContentChangeFeed> logger;
    private readonly ConcurrentQueue<string> received = new();
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Done, long Writes)> syncs = new(StringComparer.Ordinal);
    private volatile bool following;
    private long localWrites;
    private long syncedWrites;
    private long generation;
    private long changedAtTicks = DateTimeOffset.UtcNow.UtcTicks;

    public ContentChangeFeed(string connectionString, ILogger<ContentChangeFeed> logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithoutJit(connectionString))
        {
            ApplicationName = "TrialRegistry content changes",
            KeepAlive = 30,
        };
        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        this.logger = logger;
    }

    /// <summary>True while the feed listens and has handed over everything it missed before.</summary>
    public bool IsFollowing => following;

    /// <summary>A random name for this process's run, so its generations are never mistaken for another's.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Counts the batches handed over: equal generations mean nothing a reader sees has changed since.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>When the last batch was handed over (or the feed started).</summary>
    public DateTimeOffset ChangedAt => new(Interlocked.Read(ref changedAtTicks), TimeSpan.Zero);

    public void NoteLocalWrite() => Interlocked.Increment(ref localWrites);

    /// <summary>
    /// True once every commit this process made is handed over (at once when there is none); false
    /// when the feed is not following or did not catch up within two seconds, and what it guards
    /// must then be bypassed.
    /// </summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!following)
        {
            return false;
        }

        var writes = Interlocked.Read(ref localWrites);
        if (writes == Interlocked.Read(ref syncedWrites))
        {
            return true;
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
            return following;
        }
        catch (TimeoutException)
        {
            LogSyncTimedOut(writes, SyncTimeout.TotalMilliseconds);
            return false;
        }
        finally
        {
            syncs.TryRemove(token, out _);
        }
    }

    /// <summary>
    /// Listens and hands each batch to <paramref name="apply"/> until <paramref name="stopping"/>.
    /// After (re)connecting it hands over <see cref="ContentChange.Everything"/> first: whatever
    /// was committed while nobody listened is unknown.
    /// </summary>
    public async Task RunAsync(Func<ContentChange, CancellationToken, Task> apply, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(apply, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                following = false;
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

        following = false;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async Task ListenAsync(Func<ContentChange, CancellationToken, Task> apply, CancellationToken stopping)
    {
        following = false;
        await using var listener = await dataSource.OpenConnectionAsync(stopping);
        listener.Notification += (_, e) => received.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync(stopping);
        }

        await HandOverAsync(apply, ContentChange.Everything, stopping);
        following = true;
        LogFollowing();

        while (true)
        {
            var (change, markers) = Drain();
            if (change is not null)
            {
                await HandOverAsync(apply, change, stopping);
            }

            CompleteSyncs(markers);
            if (!received.IsEmpty)
            {
                continue;
            }

            if (await listener.WaitAsync(IdleCheck, stopping))
            {
                // WaitAsync raises one notification per call: read all the server already sent,
                // so a bulk commit's hundreds are one batch and no marker waits behind them.
                for (var read = 0; read < MaxPendingReads && await listener.WaitAsync(PendingReadWait, stopping); read++)
                {
                }
            }
            else if (!syncs.IsEmpty)
            {
                // A marker is overdue: a round trip on the listening connection reads whatever the
                // server has sent it.
                await using var ping = new NpgsqlCommand("SELECT 1", listener);
                await ping.ExecuteScalarAsync(stopping);
            }
        }
    }

    private async Task HandOverAsync(Func<ContentChange, CancellationToken, Task> apply, ContentChange change, CancellationToken stopping)
    {
        // The generation moves first: a page rendered before this change and finished while it is
        // applied sees a new generation, and is not stored (ReaderOutputCachePolicy).
        Interlocked.Exchange(ref changedAtTicks, DateTimeOffset.UtcNow.UtcTicks);
        Interlocked.Increment(ref generation);
        await apply(change, stopping);
        LogHandedOver(change.AllTrials, change.RegistryIds.Count);
    }

    private void CompleteSyncs(List<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (syncs.TryGetValue(token, out var sync))
            {
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

    private (ContentChange? Change, List<string> Markers) Drain()
    {
        var everything = false;
        var lists = false;
        var registryIds = new HashSet<string>(StringComparer.Ordinal);
        var markers = new List<string>();
        while (received.TryDequeue(out var payload))
        {
            if (payload == "*")
            {
                everything = true;
            }
            else if (payload == "l")
            {
                lists = true;
            }
            else if (payload.StartsWith(SyncPrefix, StringComparison.Ordinal))
            {
                markers.Add(payload);
            }
            else if (payload.Length > 1 && payload[0] == 't')
            {
                registryIds.Add(payload[1..]);
            }
        }

        ContentChange? change = everything ? ContentChange.Everything
            : lists || registryIds.Count > 0 ? new ContentChange(AllTrials: false, registryIds)
            : null;
        return (change, markers);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changes: following the database")]
    private partial void LogFollowing();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Content changes: handed over (all trials: {AllTrials}, trials: {Trials})")]
    private partial void LogHandedOver(bool allTrials, int trials);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Content changes: {Writes} local writes not confirmed within {Milliseconds} ms; caches are bypassed")]
    private partial void LogSyncTimedOut(long writes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content changes: stopped following the database; caches are bypassed until it listens again")]
    private partial void LogFailed(Exception exception);
}

/// <summary>
/// One batch of changes: the trials (by registry id) whose own pages changed, or all of them.
/// Every batch changes the pages that list and count.
/// </summary>
public sealed record ContentChange(bool AllTrials, IReadOnlySet<string> RegistryIds)
{
    public static ContentChange Everything { get; } = new(AllTrials: true, new HashSet<string>());
}
