using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Trials.Editing;

/// <summary>The reads the editor and <see cref="SaveTrial"/> share.</summary>
public static class TrialEditQueries
{
    /// <summary>Trials with everything a <see cref="TrialDraft"/> holds (split queries: eight child lists).</summary>
    public static IQueryable<Trial> WithRecord(this IQueryable<Trial> trials)
        => trials
            .Include(t => t.LeadSponsor)
            .Include(t => t.Collaborators).ThenInclude(c => c.Organization)
            .Include(t => t.SecondaryIds)
            .Include(t => t.Conditions).ThenInclude(c => c.Condition)
            .Include(t => t.Arms)
            .Include(t => t.Interventions).ThenInclude(i => i.Product)
            .Include(t => t.Outcomes)
            .Include(t => t.Locations)
            .Include(t => t.Contacts)
            .AsSplitQuery();

    /// <summary>The draft of a trial as stored now, or null when there is no such trial.</summary>
    public static async Task<TrialDraft?> LoadDraftAsync(RegistryDbContext db, string registryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trial = await db.Trials.AsNoTracking().WithRecord().SingleOrDefaultAsync(t => t.RegistryId == registryId, cancellationToken);
        return trial is null ? null : TrialDraftMapping.FromTrial(trial);
    }

    /// <summary>Who changed the trial last and when: its latest version, or the import/demo load that created it.</summary>
    public static async Task<(string ChangedBy, DateTimeOffset ChangedAt)> LastChangeAsync(RegistryDbContext db, int trialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.TrialVersions.AsNoTracking()
            .Where(v => v.TrialId == trialId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.ChangedBy, v.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is not null)
        {
            return (latest.ChangedBy, latest.CreatedAt);
        }

        var trial = await db.Trials.AsNoTracking().Where(t => t.Id == trialId)
            .Select(t => new { t.IsSynthetic, t.UpdatedAt })
            .SingleAsync(cancellationToken);
        return (InitialVersion.ChangedByFor(trial.IsSynthetic), trial.UpdatedAt);
    }
}
