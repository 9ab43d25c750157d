using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TrialRegistry.Auditing;
using TrialRegistry.Conditions;
using TrialRegistry.Data;
using TrialRegistry.Import.Sources;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Validation;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// The data side of one import run on one context: reads the records in batches, classifies and
/// writes each batch, keeps the change tracker small between batches, and commits or rolls back as
/// the mode says. One <see cref="EntityResolver"/> per run.
/// </summary>
internal sealed class ImportSession(RegistryDbContext db, ImportRun run, ImportOptions options, ImportReport report)
{
    private readonly List<ImportItem> batch = [];
    private readonly List<Trial> newTrials = [];
    private readonly List<(Trial Trial, int Number)> versionsToWrite = [];
    private readonly List<(StoredTrial Stored, Trial Incoming)> updates = [];

    /// <summary>
    /// Registry id → (its content hash's first 64 bits, its number in the run): a record repeated in
    /// one run. Compact on purpose (~80 bytes a record, ~40 MB for 500k): the file and location
    /// strings would take three times that.
    /// </summary>
    private readonly Dictionary<string, (ulong Hash, int Number)> seen = new(StringComparer.Ordinal);
    private int recordNumber;
    private readonly DateTimeOffset importedAt = DateTimeOffset.UtcNow;
    private readonly DateOnly today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
    private IDbContextTransaction? transaction;

    /// <summary>A strict commit stops at the first refused record; a dry run goes on to report them all.</summary>
    private bool StopsAtRefusal => options.Mode == ImportMode.Strict && !options.DryRun;

    /// <summary>Lenient commits each batch in its own transaction; strict and dry runs use one for the run.</summary>
    private bool CommitsPerBatch => options.Mode == ImportMode.Lenient && !options.DryRun;

    public async Task RunAsync(Func<ImportContext, IAsyncEnumerable<ImportItem>> read, CancellationToken cancellationToken)
    {
        transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var resolver = await EntityResolver.LoadAsync(db, cancellationToken);
        var storedHashes = await LoadStoredHashesAsync(cancellationToken);
        var context = new ImportContext(resolver, importedAt)
        {
            IsStored = (registryId, hash) => storedHashes.TryGetValue(registryId, out var stored) && stored == HashPrefix(hash),
        };
        bool completed;
        await using (var ahead = new ImportReadAhead(read(context), options.BatchSize * 2, cancellationToken))
        {
            completed = await ConsumeAsync(ahead, cancellationToken);
        }

        if (!completed)
        {
            await FailAsync();
            return;
        }

        report.Status = options.DryRun ? ImportRunStatus.DryRunFinished : ImportRunStatus.Succeeded;
        if (options.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return;
        }

        // One entry per run that wrote something (the trials' versions say what changed per trial); a
        // run that changed nothing leaves the registry, its audit log included, as it was.
        if (report.Count(ImportOutcome.New) + report.Count(ImportOutcome.Updated) > 0)
        {
            AuditTrail.Record(db, options.Actor, "ImportRun", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditAction.Create, AuditSource.Import, report.Summary());
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Batches the records as the read-ahead hands them over; false when a strict run met a refused record.</summary>
    private async Task<bool> ConsumeAsync(ImportReadAhead ahead, CancellationToken cancellationToken)
    {
        await foreach (var item in ahead.ReadAllAsync(cancellationToken))
        {
            batch.Add(item);
            if (batch.Count >= options.BatchSize && !await FlushAsync(ahead.Gate, cancellationToken))
            {
                return false;
            }
        }

        // A reader that failed (an I/O error, a cancellation) fails the run here, before its last partial batch is written.
        ahead.ThrowIfFailed();
        return await FlushAsync(ahead.Gate, cancellationToken);
    }

    private async Task FailAsync()
    {
        // Not cancellable: the rollback must happen. (Disposing the context would roll back too.)
        await transaction!.RollbackAsync(CancellationToken.None);
        report.Status = ImportRunStatus.Failed;
    }

    /// <summary>
    /// Classifies and writes the batch; false when a strict run met a refused record. Holds the
    /// read-ahead's <paramref name="gate"/> while it uses the context's change tracker or the
    /// organizations, conditions and products the reader resolves; the COPY, the longest part (the
    /// server's), runs without it, so the reader maps the next batch meanwhile.
    /// </summary>
    private async Task<bool> FlushAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return true;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!await StageBatchAsync(cancellationToken))
            {
                return false;
            }

            // Updates go through EF Core (a few per batch, their children replaced); the save also inserts
            // the organizations, conditions and products the batch's records were mapped to, so the new
            // trials' foreign keys exist.
            await ApplyUpdatesAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        await TrialBulkInsert.InsertAsync(db, newTrials, cancellationToken);
        newTrials.Clear();

        // Snapshots after the writes, when every key is set. They read of the shared entities only ids
        // and names, which the reader never changes once set, so they need not hold the gate.
        var versions = versionsToWrite
            .Select(v => NewVersion(v.Trial, v.Number, ChangeSource.Import, ChangedBy(), TrialDraftMapping.FromTrial(v.Trial).ToJson()))
            .ToList();
        versionsToWrite.Clear();
        await TrialBulkInsert.InsertVersionsAsync(db, versions, cancellationToken);
        versions.ForEach(v => v.Snapshot.Dispose());
        if (CommitsPerBatch)
        {
            await transaction!.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            ForgetTrials();
        }
        finally
        {
            gate.Release();
        }

        return true;
    }

    /// <summary>Classifies each record of the batch into the report; false at a strict run's first refusal.</summary>
    private async Task<bool> StageBatchAsync(CancellationToken cancellationToken)
    {
        var stored = await LoadStoredAsync(cancellationToken);
        foreach (var item in batch)
        {
            var line = Stage(item, stored);
            report.Add(line);
            if (line.IsRefused && StopsAtRefusal)
            {
                report.Error = $"{line.File}, {line.Location}{(line.RegistryId is null ? "" : $" ({line.RegistryId})")}: {string.Join(" ", line.Reasons)} "
                    + "The strict run wrote nothing; fix the record or run leniently.";
                batch.Clear();
                return false;
            }
        }

        batch.Clear();
        return true;
    }

    private ImportReportLine Stage(ImportItem item, Dictionary<string, StoredTrial> stored)
    {
        switch (item)
        {
            case UnreadableRecord unreadable:
                return new(item.File, item.Location, unreadable.RegistryId, ImportOutcome.Unreadable, [unreadable.Message], 0);
            case SkippedEntry skipped:
                return new(item.File, item.Location, null, ImportOutcome.Skipped, [skipped.Reason], 0);
            case UnchangedRecord unchanged:
                return StageUnchanged(unchanged);
            case not ReadStudy:
                throw new ArgumentException($"Unknown import item {item.GetType().Name}.", nameof(item));
        }

        var read = (ReadStudy)item;
        recordNumber++;
        var trial = read.Mapped.Trial;
        var warnings = read.Mapped.Warnings.Count;
        var problems = TrialValidator.Validate(trial, today);
        var refusals = problems.Where(p => ImportValidation.Refuses(p, trial)).Select(p => p.Message).ToList();
        if (refusals.Count > 0)
        {
            return new(item.File, item.Location, trial.RegistryId, ImportOutcome.Invalid, refusals, warnings);
        }

        var hash = HashPrefix(trial.SourceHash);
        if (seen.TryGetValue(trial.RegistryId, out var earlier))
        {
            return earlier.Hash == hash
                ? new(item.File, item.Location, trial.RegistryId, ImportOutcome.Unchanged, [$"The same record as record {earlier.Number} of this run."], warnings)
                : new(item.File, item.Location, trial.RegistryId, ImportOutcome.Invalid, [$"{trial.RegistryId} was already read as record {earlier.Number} of this run, with different content; a run takes each record once."], warnings);
        }

        seen[trial.RegistryId] = (hash, recordNumber);
        var storedTrial = stored.GetValueOrDefault(trial.RegistryId);
        var (outcome, reason) = ImportClassifier.Classify(storedTrial, trial, options.Force);
        var reasons = new List<string>();
        if (reason is not null)
        {
            reasons.Add(reason);
        }

        if (outcome is ImportOutcome.New or ImportOutcome.Updated)
        {
            // The source registry is the authority on its records: what our rules find is reported, not refused (0009).
            reasons.AddRange(problems.Select(p => $"Warning: {p.Message}"));
        }

        if (outcome == ImportOutcome.New)
        {
            // No version yet: like the demo data, a new trial's history starts at its first change,
            // which first stores the state as imported as version 1 (InitialVersion, ADR 0019).
            newTrials.Add(trial);
        }
        else if (outcome == ImportOutcome.Updated)
        {
            updates.Add((storedTrial!, trial));
        }

        return new(item.File, item.Location, trial.RegistryId, outcome, reasons, warnings);
    }

    /// <summary>A record the reader found stored as it is: only the in-run duplicate check applies.</summary>
    private ImportReportLine StageUnchanged(UnchangedRecord item)
    {
        recordNumber++;
        var hash = HashPrefix(item.SourceHash);
        if (seen.TryGetValue(item.RegistryId, out var earlier))
        {
            return earlier.Hash == hash
                ? new(item.File, item.Location, item.RegistryId, ImportOutcome.Unchanged, [$"The same record as record {earlier.Number} of this run."], 0)
                : new(item.File, item.Location, item.RegistryId, ImportOutcome.Invalid, [$"{item.RegistryId} was already read as record {earlier.Number} of this run, with different content; a run takes each record once."], 0);
        }

        seen[item.RegistryId] = (hash, recordNumber);
        return new(item.File, item.Location, item.RegistryId, ImportOutcome.Unchanged, [], 0);
    }

    /// <summary>
    /// Registry id → content hash (64 bits) of every stored trial that has one, read once per run, so
    /// readers can skip mapping records that did not change (~80 bytes a trial: ~40 MB at 500k).
    /// </summary>
    private async Task<Dictionary<string, ulong>> LoadStoredHashesAsync(CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        await foreach (var trial in db.Trials.AsNoTracking().Where(t => t.SourceHash != null)
            .Select(t => new { t.RegistryId, t.SourceHash }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hashes[trial.RegistryId] = HashPrefix(trial.SourceHash);
        }

        return hashes;
    }

    /// <summary>
    /// Overwrites the batch's updated trials, loaded with their records in one split query for the
    /// whole batch (not nine queries per trial).
    /// </summary>
    private async Task ApplyUpdatesAsync(CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return;
        }

        var ids = updates.Select(u => u.Stored.Id).ToList();
        var trials = await db.Trials.WithRecord().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var (storedTrial, incoming) in updates)
        {
            var trial = trials[storedTrial.Id];
            var number = storedTrial.VersionCount;
            if (number == 0)
            {
                // History starts from the record as it arrived: its state before this import is version 1 (0011).
                db.TrialVersions.Add(NewVersion(
                    trial, ++number, InitialVersion.SourceFor(trial.IsSynthetic), InitialVersion.ChangedByFor(trial.IsSynthetic), TrialDraftMapping.FromTrial(trial).ToJson(), trial.UpdatedAt));
            }

            TrialRecordCopy.Apply(db, trial, incoming);
            versionsToWrite.Add((trial, number + 1));
        }

        updates.Clear();
    }

    /// <summary>The stored trials of the batch's registry ids, with the count and source of their latest version.</summary>
    private async Task<Dictionary<string, StoredTrial>> LoadStoredAsync(CancellationToken cancellationToken)
    {
        var ids = batch.OfType<ReadStudy>().Select(r => r.Mapped.Trial.RegistryId).Distinct().ToList();
        var trials = await db.Trials.AsNoTracking()
            .Where(t => ids.Contains(t.RegistryId))
            .Select(t => new { t.Id, t.RegistryId, t.Source, t.SourceHash, t.LastUpdatePostDate, t.IsSynthetic })
            .ToListAsync(cancellationToken);
        var trialIds = trials.Select(t => t.Id).ToList();
        var versions = await db.TrialVersions.AsNoTracking()
            .Where(v => trialIds.Contains(v.TrialId))
            .Select(v => new { v.TrialId, v.Number, v.Source })
            .ToListAsync(cancellationToken);
        var latest = versions.GroupBy(v => v.TrialId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        return trials.ToDictionary(
            t => t.RegistryId,
            t => new StoredTrial(
                t.Id, t.RegistryId, t.Source, t.SourceHash, t.LastUpdatePostDate, t.IsSynthetic,
                latest.GetValueOrDefault(t.Id)?.Number ?? 0, latest.GetValueOrDefault(t.Id)?.Source),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Detaches everything but the run's shared entities, so memory stays flat however long the file:
    /// the resolver's organizations, conditions and products stay tracked (it hands them out again).
    /// </summary>
    private void ForgetTrials()
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is not (Organization or OrganizationAlias or Condition or Product or ProductAlias or Dictionary<string, object>))
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>The first 64 bits of a hex SHA-256 content hash (another text: its string hash; no hash: 0).</summary>
    private static ulong HashPrefix(string? hash)
        => hash is null ? 0
            : ulong.TryParse(hash.AsSpan(0, Math.Min(16, hash.Length)), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var prefix)
                ? prefix
                : (ulong)StringComparer.Ordinal.GetHashCode(hash);

    private string ChangedBy() => options.Actor.UserId is null ? InitialVersion.ImportName : options.Actor.UserName;

    private TrialVersion NewVersion(Trial trial, int number, ChangeSource source, string changedBy, System.Text.Json.JsonDocument snapshot, DateTimeOffset? at = null)
        => new()
        {
            // Both: EF Core adds version 1 of an updated trial through the navigation; COPY reads the key.
            Trial = trial,
            TrialId = trial.Id,
            Number = number,
            CreatedAt = at ?? importedAt,
            ChangedBy = changedBy,
            ChangedByUserId = source == ChangeSource.Import ? options.Actor.UserId : null,
            Source = source,
            Snapshot = snapshot,
        };
}
