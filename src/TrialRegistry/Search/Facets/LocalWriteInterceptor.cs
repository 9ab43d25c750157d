using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrialRegistry.Search.Facets;

/// <summary>
/// Tells the <see cref="FacetIndexHost"/> that this process committed a write through EF Core, so
/// that its next search waits until the index has applied it (read your own writes). Other
/// processes learn of it from the database's notifications.
/// </summary>
public sealed class LocalWriteInterceptor(FacetIndexHost host) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        host.NoteLocalWrite();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        host.NoteLocalWrite();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => host.NoteLocalWrite();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        host.NoteLocalWrite();
        return Task.CompletedTask;
    }
}
