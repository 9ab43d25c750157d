using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Trials.History;

/// <summary>One saved version in a trial's history, without its snapshot.</summary>
public sealed record TrialVersionSummary(int Number, DateTimeOffset CreatedAt, string ChangedBy, ChangeSource Source, string? ChangeNote);

/// <summary>A trial's public history: the versions newest first, and when the record arrived.</summary>
public sealed record TrialHistoryView(string RegistryId, string BriefTitle, DateTimeOffset CreatedAt, IReadOnlyList<TrialVersionSummary> Versions);

/// <summary>The snapshots of two versions of one trial, to compare.</summary>
public sealed record TrialVersionPair(int FromNumber, JsonDocument From, int ToNumber, JsonDocument To)
{
    /// <summary>What changed from version <see cref="FromNumber"/> to version <see cref="ToNumber"/>.</summary>
    public IReadOnlyList<FieldChange> Changes() => TrialDiff.Compare(From.RootElement, To.RootElement);
}

/// <summary>
/// Reads a trial's version history (docs/decisions/0012-history-and-diff.md). The list projects
/// the version columns only: snapshots are whole records (tens of kilobytes each), read just for
/// the two versions being compared.
/// </summary>
public static class TrialHistory
{
    /// <summary>The trial's versions newest first; null when no trial has <paramref name="registryId"/>.</summary>
    public static async Task<TrialHistoryView?> LoadAsync(RegistryDbContext db, string registryId, CancellationToken cancellationToken = default)
    {
        var trial = await db.Trials.AsNoTracking()
            .Where(t => t.RegistryId == registryId)
            .Select(t => new { t.Id, t.RegistryId, t.BriefTitle, t.CreatedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (trial is null)
        {
            return null;
        }

        var versions = await db.TrialVersions.AsNoTracking()
            .Where(v => v.TrialId == trial.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new TrialVersionSummary(v.Number, v.CreatedAt, v.ChangedBy, v.Source, v.ChangeNote))
            .ToListAsync(cancellationToken);
        return new TrialHistoryView(trial.RegistryId, trial.BriefTitle, trial.CreatedAt, versions);
    }

    /// <summary>The snapshots of versions <paramref name="fromNumber"/> and <paramref name="toNumber"/>; null when either does not exist.</summary>
    public static async Task<TrialVersionPair?> LoadVersionPairAsync(
        RegistryDbContext db, string registryId, int fromNumber, int toNumber, CancellationToken cancellationToken = default)
    {
        var snapshots = await db.TrialVersions.AsNoTracking()
            .Where(v => v.Trial.RegistryId == registryId && (v.Number == fromNumber || v.Number == toNumber))
            .Select(v => new { v.Number, v.Snapshot })
            .ToListAsync(cancellationToken);
        var from = snapshots.FirstOrDefault(s => s.Number == fromNumber);
        var to = snapshots.FirstOrDefault(s => s.Number == toNumber);
        return from is null || to is null ? null : new TrialVersionPair(fromNumber, from.Snapshot, toNumber, to.Snapshot);
    }
}
