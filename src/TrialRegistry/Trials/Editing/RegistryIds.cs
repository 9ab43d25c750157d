using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Trials.Editing;

/// <summary>
/// The registry's own identifiers for trials registered here: "TRG-" and a six-digit number.
/// Imported trials keep their registry's identifier (NCT...).
/// </summary>
public static class RegistryIds
{
    public const string Prefix = "TRG-";

    /// <summary>Serializes id allocation between concurrent saves (PostgreSQL advisory lock key).</summary>
    private const long AllocationLockKey = 0x7472_672d_6964; // "trg-id"

    /// <summary>
    /// The next free identifier. Must run inside the transaction that inserts the trial: the advisory
    /// transaction lock makes a second registration wait until the first commits (or rolls back), so
    /// two saves never pick the same number, and a rolled-back save leaves no gap. No sequence is
    /// needed, so no migration (docs/decisions/0011-trial-editing.md).
    /// </summary>
    public static async Task<string> NextAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Allocate registry ids inside the transaction that inserts the trial.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AllocationLockKey})", cancellationToken);
        var last = await db.Database.SqlQuery<int>(
            $"SELECT coalesce(max(substring(registry_id from 5)::integer), 0) AS \"Value\" FROM trials WHERE registry_id ~ '^TRG-[0-9]{{6}}$'")
            .SingleAsync(cancellationToken);
        return Format(last + 1);
    }

    public static string Format(int number)
        => Prefix + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
