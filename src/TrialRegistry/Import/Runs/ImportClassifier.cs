using TrialRegistry.Trials;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// Decides what an import does with a record that passed validation, given the stored trial of the
/// same registry id (docs/decisions/0017-import-runs.md). In order: no stored trial is New; the
/// same content hash is Unchanged (whatever else holds: the source did not move); an older last
/// update is Stale, and so is a WHO ICTRP copy of a trial whose stored record came from
/// ClinicalTrials.gov itself (the portal republishes a subset of it); a trial edited here since its
/// last import, or registered here, is a Conflict; anything else is Updated. Force turns Stale and
/// Conflict into Updated, saying so.
/// </summary>
public static class ImportClassifier
{
    /// <summary>The <see cref="Trial.Source"/> of trials registered in the registry itself.</summary>
    public const string RegistrySource = "registry";

    public static (ImportOutcome Outcome, string? Reason) Classify(StoredTrial? stored, Trial incoming, bool force)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (stored is null)
        {
            return (ImportOutcome.New, null);
        }

        if (incoming.SourceHash is not null && incoming.SourceHash == stored.SourceHash)
        {
            return (ImportOutcome.Unchanged, null);
        }

        if (IsOlder(incoming.LastUpdatePostDate, stored.LastUpdatePostDate))
        {
            var why = $"Last updated {incoming.LastUpdatePostDate}, before the stored record's {stored.LastUpdatePostDate}";
            return force ? (ImportOutcome.Updated, why + " (forced)") : (ImportOutcome.Stale, why + "; skipped.");
        }

        if (incoming.Source == Ictrp.IctrpMapper.SourceName && stored.Source.StartsWith("ctgov-", StringComparison.Ordinal))
        {
            const string why = "The stored record comes from ClinicalTrials.gov itself, which publishes more than the WHO portal's copy";
            return force ? (ImportOutcome.Updated, why + " (forced)") : (ImportOutcome.Stale, why + "; skipped.");
        }

        var conflict = stored.Source == RegistrySource
            ? "Registered in this registry, not imported"
            : stored.LatestVersion == ChangeSource.Edit ? $"Edited in this registry since its last import (version {stored.VersionCount})" : null;
        if (conflict is not null)
        {
            return force ? (ImportOutcome.Updated, conflict + " (forced)") : (ImportOutcome.Conflict, conflict + "; skipped.");
        }

        return (ImportOutcome.Updated, null);
    }

    /// <summary>Compared by the first day of each period; a missing date is never older.</summary>
    private static bool IsOlder(RegistryDate? incoming, RegistryDate? stored)
        => incoming is not null && stored is not null && incoming.Date < stored.Date;
}
