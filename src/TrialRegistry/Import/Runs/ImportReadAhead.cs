using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// Reads an import's records on another task, up to <c>capacity</c> ahead, so that parsing and
/// mapping the next batch (the client's work) overlaps the server's work on the COPY of this one
/// (docs/decisions/0019-import-copy.md). The reader and the writer share the run's DbContext (the
/// entity resolver adds the organizations, conditions and products it creates to it) and those
/// entities: <see cref="Gate"/> serializes them, held by the reader for each record and by the
/// writer while it stages, saves and forgets.
/// </summary>
internal sealed class ImportReadAhead : IAsyncDisposable
{
    private readonly Channel<ImportItem> channel;
    private readonly CancellationTokenSource stop;
    private readonly Task reading;
    private ExceptionDispatchInfo? failure;

    public ImportReadAhead(IAsyncEnumerable<ImportItem> items, int capacity, CancellationToken cancellationToken)
    {
        channel = Channel.CreateBounded<ImportItem>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        reading = Task.Run(() => ReadAsync(items, stop.Token), CancellationToken.None);
    }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The records in order; ends early (see <see cref="ThrowIfFailed"/>) when reading failed.</summary>
    public IAsyncEnumerable<ImportItem> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Rethrows, with its own stack, what stopped the reader (a cancellation stays a cancellation).</summary>
    public void ThrowIfFailed() => failure?.Throw();

    public async ValueTask DisposeAsync()
    {
        // The writer stopped (done, refused, or failed): the reader must not touch the context any more.
        await stop.CancelAsync();
        await reading;
        stop.Dispose();
        Gate.Dispose();
    }

    private async Task ReadAsync(IAsyncEnumerable<ImportItem> items, CancellationToken cancellationToken)
    {
        try
        {
            await using var records = items.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                bool more;
                await Gate.WaitAsync(cancellationToken);
                try
                {
                    more = await records.MoveNextAsync();
                }
                finally
                {
                    Gate.Release();
                }

                if (!more)
                {
                    break;
                }

                await channel.Writer.WriteAsync(records.Current, cancellationToken);
            }
        }
        catch (Exception exception)
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            channel.Writer.TryComplete();
        }
    }
}
