using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrialRegistry.Data;

/// <summary>
/// Something that follows the database by its notifications and must still see this process's own
/// commits at once (read your own writes): the facet index, the readers' page cache.
/// </summary>
public interface ILocalWriteObserver
{
    /// <summary>This process committed a write; whatever it serves next must reflect it.</summary>
    void NoteLocalWrite();
}

/// <summary>
/// Tells every <see cref="ILocalWriteObserver"/> that this process committed a write through EF Core.
/// Other processes learn of it from the database's notifications.
/// </summary>
public sealed class LocalWriteInterceptor(IEnumerable<ILocalWriteObserver> observers) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ILocalWriteObserver[] observers = [.. observers];

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Note();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Note();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Note();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Note();
        return Task.CompletedTask;
    }

    private void Note()
    {
        foreach (var observer in observers)
        {
            observer.NoteLocalWrite();
        }
    }
}
