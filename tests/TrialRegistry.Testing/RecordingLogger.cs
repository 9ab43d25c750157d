using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrialRegistry.Testing;

/// <summary>Keeps what a background service logged, so a test that fails can say why the service misbehaved.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyCollection<string> Entries => entries;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        entries.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel}: {formatter(state, exception)}{(exception is null ? string.Empty : Environment.NewLine + exception)}");
    }

    public override string ToString() => string.Join(Environment.NewLine, entries);
}
