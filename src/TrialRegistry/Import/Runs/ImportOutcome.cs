namespace TrialRegistry.Import.Runs;

/// <summary>What an import did (or, in a dry run, would do) with one record.</summary>
public enum ImportOutcome
{
    /// <summary>No trial had its registry id: created, with version 1.</summary>
    New,

    /// <summary>The record changed since its last import: the trial was overwritten and got a version.</summary>
    Updated,

    /// <summary>Same content hash as the stored trial (or as an earlier record of the run): nothing written.</summary>
    Unchanged,

    /// <summary>Last updated before the stored trial: skipped unless forced.</summary>
    Stale,

    /// <summary>The stored trial was edited here since its last import (or is the registry's own): skipped unless forced.</summary>
    Conflict,

    /// <summary>Read, but refused: no usable registry id, brief title or lead sponsor, or a differing duplicate.</summary>
    Invalid,

    /// <summary>The reader could not read or map it (malformed, unsafe, wrong format).</summary>
    Unreadable,

    /// <summary>Not a study, left out on purpose (a README or nested ZIP in an archive): a note, not a record.</summary>
    Skipped,
}

/// <summary>One record's line in the report.</summary>
/// <param name="Reasons">Why it was refused or skipped, or the validator's warnings for a written record.</param>
/// <param name="MappingWarnings">How many values of the source did not fit the model.</param>
public sealed record ImportReportLine(
    string File, string Location, string? RegistryId, ImportOutcome Outcome, IReadOnlyList<string> Reasons, int MappingWarnings)
{
    /// <summary>Whether the record stops a strict run.</summary>
    public bool IsRefused => Outcome is ImportOutcome.Invalid or ImportOutcome.Unreadable;
}
