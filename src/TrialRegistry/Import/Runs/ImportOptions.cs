using TrialRegistry.Auditing;

namespace TrialRegistry.Import.Runs;

/// <summary>How to run one import (docs/decisions/0017-import-runs.md).</summary>
/// <param name="Actor">Who starts it: the admin, or <see cref="CommandLine"/>.</param>
/// <param name="Files">The file names as the user named them, for the run's record.</param>
/// <param name="Formats">The format read per file ("ctgov-v2-json", ...), for the run's record.</param>
public sealed record ImportOptions(Actor Actor, IReadOnlyList<string> Files, IReadOnlyList<string> Formats)
{
    /// <summary>The actor of `make import`: no user, may write every record.</summary>
    public static Actor CommandLine { get; } = Actor.System("command line");

    public ImportMode Mode { get; init; } = ImportMode.Strict;

    /// <summary>Classify and validate everything in a transaction that is always rolled back.</summary>
    public bool DryRun { get; init; }

    /// <summary>Overwrite stale records and trials edited here since their last import.</summary>
    public bool Force { get; init; }

    /// <summary>Records written per SaveChanges (and per transaction in lenient mode).</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Called with the run's id once its row is written, before any record is read (a background runner shows it at once).</summary>
    public Action<long>? RunStarted { get; init; }

    /// <summary>The registry's today for the validation rules; null is today (UTC).</summary>
    public DateOnly? Today { get; init; }
}
