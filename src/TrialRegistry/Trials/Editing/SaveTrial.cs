using Microsoft.EntityFrameworkCore;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.Trials.Editing;

/// <summary>
/// Saves an edited (or new) trial: rights, optimistic concurrency, the registry's rules, then the
/// record, its version and its audit entry in one transaction. Anything but
/// <see cref="SaveTrialResult.Saved"/> writes nothing. Give it a fresh context: on refusal the
/// context's change tracker is cleared, so nothing half-applied can be saved by a later call.
/// </summary>
public static class SaveTrial
{
    /// <summary>Longest change note (the column's length).</summary>
    public const int MaxChangeNoteLength = 2000;

    /// <param name="registryId">The trial to edit; null registers a new one (it gets the next TRG- id).</param>
    /// <param name="draft">The edited record, with the concurrency token read when the edit began.</param>
    /// <param name="today">The registry's today (UTC) for the date and staleness rules.</param>
    public static async Task<SaveTrialResult> RunAsync(
        RegistryDbContext db, string? registryId, TrialDraft draft, Actor actor, string? changeNote, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        try
        {
            var result = registryId is null
                ? await CreateAsync(db, draft, actor, changeNote, today, cancellationToken)
                : await UpdateAsync(db, registryId, draft, actor, changeNote, today, cancellationToken);
            if (result is not SaveTrialResult.Saved)
            {
                db.ChangeTracker.Clear();
            }

            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write (the check holds a row lock, so this is
            // a last line of defence): their version wins, ours becomes a conflict like any other.
            db.ChangeTracker.Clear();
            return await ConflictAsync(db, registryId!, cancellationToken);
        }
    }

    private static async Task<SaveTrialResult> UpdateAsync(
        RegistryDbContext db, string registryId, TrialDraft draft, Actor actor, string? changeNote, DateOnly today, CancellationToken cancellationToken)
    {
        var trial = await db.Trials.WithRecord().SingleOrDefaultAsync(t => t.RegistryId == registryId, cancellationToken);
        if (trial is null)
        {
            return new SaveTrialResult.NotFound(registryId);
        }

        if (!await MayActForAsync(db, actor, trial.LeadSponsorId, cancellationToken))
        {
            return new SaveTrialResult.Forbidden($"You may not edit {registryId}: only its lead sponsor's investigators and admins may.");
        }

        if (draft.RegistryId is not null && draft.RegistryId != registryId)
        {
            return Invalid(nameof(TrialDraft.RegistryId), $"The registry id {registryId} cannot be changed.");
        }

        if (draft.Version != trial.Version)
        {
            return await ConflictAsync(db, registryId, cancellationToken);
        }

        var before = TrialDraftMapping.FromTrial(trial);
        var refused = await ApplyAsync(db, trial, draft, actor, changeNote, today, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var changed = TrialDraftChanges.ChangedFields(before, TrialDraftMapping.FromTrial(trial));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Lock the row and compare tokens again: a save that committed since the load conflicts here,
        // and one that is committing now makes us wait for it, then conflict.
        // (xid has no cast to a number type EF maps uint to: read it through its text form.)
        var current = await db.Database.SqlQuery<long>($"SELECT xmin::text::bigint AS \"Value\" FROM trials WHERE id = {trial.Id} FOR UPDATE")
            .SingleAsync(cancellationToken);
        if (current != draft.Version)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ConflictAsync(db, registryId, cancellationToken);
        }

        var number = await db.TrialVersions.Where(v => v.TrialId == trial.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (number == 0)
        {
            // An imported or demo trial's first edit: keep the state it arrived in as version 1.
            db.TrialVersions.Add(new TrialVersion
            {
                Trial = trial,
                Number = ++number,
                CreatedAt = trial.UpdatedAt,
                ChangedBy = InitialVersion.ChangedByFor(trial.IsSynthetic),
                Source = InitialVersion.SourceFor(trial.IsSynthetic),
                Snapshot = before.ToJson(),
            });
        }

        var summary = changed.Count == 0 ? "Saved without changes" : "Edited " + string.Join(", ", changed.Select(Words));
        var version = Stamp(db, trial, actor, changeNote, today, ++number, AuditAction.Update, summary);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveTrialResult.Saved(trial.RegistryId, version.Number);
    }

    private static async Task<SaveTrialResult> CreateAsync(
        RegistryDbContext db, TrialDraft draft, Actor actor, string? changeNote, DateOnly today, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var trial = new Trial
        {
            RegistryId = string.Empty,
            BriefTitle = string.Empty,
            Source = "registry",
            CreatedAt = now,
            UpdatedAt = now,
            StudyFirstSubmitDate = today,
        };

        // The transaction comes first: the registry id is allocated under its lock.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        trial.RegistryId = await RegistryIds.NextAsync(db, cancellationToken);
        var refused = await ApplyAsync(db, trial, draft, actor, changeNote, today, cancellationToken);
        if (refused is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return refused;
        }

        db.Trials.Add(trial);
        Stamp(db, trial, actor, changeNote, today, 1, AuditAction.Create, "Registered the trial");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveTrialResult.Saved(trial.RegistryId, 1);
    }

    /// <summary>Applies the draft, checks the new lead sponsor and the rules; null when the save may go on.</summary>
    private static async Task<SaveTrialResult?> ApplyAsync(
        RegistryDbContext db, Trial trial, TrialDraft draft, Actor actor, string? changeNote, DateOnly today, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>(await TrialDraftMapping.ApplyToAsync(trial, draft, db, cancellationToken));
        if (trial.LeadSponsor is { } sponsor && !await MayActForAsync(db, actor, sponsor.Id, cancellationToken))
        {
            // Also refuses a sponsor the draft would create: no investigator is a member of it yet.
            return new SaveTrialResult.Forbidden($"You may not register trials for {sponsor.Name}: choose one of your organizations as lead sponsor.");
        }

        if (changeNote is { Length: > MaxChangeNoteLength })
        {
            problems.Add(new("ChangeNote", $"The change note is {changeNote.Length} characters long; at most {MaxChangeNoteLength} are allowed."));
        }

        if (problems.Count == 0)
        {
            // Date parsing failed fields would only add noise to the validator's findings, so it runs on a complete record.
            TrialStatusRules.ApplyStaleness(trial, today);
            problems.AddRange(TrialValidator.Validate(trial, today));
        }

        return problems.Count == 0 ? null : new SaveTrialResult.Invalid(problems);
    }

    /// <summary>Adds the new version and the audit entry, and marks the trial updated (which also moves its xmin).</summary>
    private static TrialVersion Stamp(
        RegistryDbContext db, Trial trial, Actor actor, string? changeNote, DateOnly today, int number, AuditAction action, string summary)
    {
        var now = DateTimeOffset.UtcNow;
        trial.UpdatedAt = now;
        trial.LastUpdateSubmitDate = today;
        var version = new TrialVersion
        {
            Trial = trial,
            Number = number,
            CreatedAt = now,
            ChangedBy = actor.UserName,
            ChangedByUserId = actor.UserId,
            Source = ChangeSource.Edit,
            ChangeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim(),
            Snapshot = TrialDraftMapping.FromTrial(trial).ToJson(),
        };
        db.TrialVersions.Add(version);
        AuditTrail.Record(db, actor, "Trial", trial.RegistryId, action, AuditSource.Editor, summary);
        return version;
    }

    private static async Task<SaveTrialResult> ConflictAsync(RegistryDbContext db, string registryId, CancellationToken cancellationToken)
    {
        var theirs = await TrialEditQueries.LoadDraftAsync(db, registryId, cancellationToken);
        if (theirs is null)
        {
            return new SaveTrialResult.NotFound(registryId);
        }

        var trialId = await db.Trials.Where(t => t.RegistryId == registryId).Select(t => t.Id).SingleAsync(cancellationToken);
        var (changedBy, changedAt) = await TrialEditQueries.LastChangeAsync(db, trialId, cancellationToken);
        return new SaveTrialResult.Conflict(theirs, changedBy, changedAt);
    }

    private static async Task<bool> MayActForAsync(RegistryDbContext db, Actor actor, int organizationId, CancellationToken cancellationToken)
        => actor.IsAdmin || (organizationId != 0 && await EditRights.MayCreateTrialForAsync(db, actor, organizationId, cancellationToken));

    private static SaveTrialResult.Invalid Invalid(string field, string message) => new([new ValidationProblem(field, message)]);

    /// <summary>"PrimaryCompletionDate" → "primary completion date", for the audit summary.</summary>
    private static string Words(string field)
        => string.Concat(field.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
