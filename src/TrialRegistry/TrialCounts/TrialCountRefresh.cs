using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.TrialCounts;

/// <summary>
/// Brings the name indexes' trial counts up to date (docs/decisions/0027-trial-counts.md): writes only
/// mark the names whose count may have changed, and this recounts them, in one short transaction, from
/// the rows themselves. The web app calls it twice a second; the import command once at its end.
/// </summary>
public static class TrialCountRefresh
{
    /// <summary>
    /// Recounts the names marked by committed writes. Returns how many marks it took (0: nothing to do),
    /// or -1 when another session is refreshing; that session, or the next call, takes the marks left.
    /// </summary>
    public static async Task<int> RunAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.SqlQuery<int>($"SELECT refresh_trial_counts() AS \"Value\"").SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Waits for a refresh running elsewhere, then refreshes: every mark committed before the call is
    /// counted when it returns (the import command's end, and tests that read counts right after writing).
    /// </summary>
    public static async Task RunNowAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The lock refresh_trial_counts() tries; a session may take an advisory lock it already holds.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RefreshLock})", cancellationToken);
        await RunAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The advisory lock of refresh_trial_counts() (migration TrialCounts): "TRC\0".</summary>
    private const long RefreshLock = 0x54524300;
}
