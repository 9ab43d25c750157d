using System.Text.Json;

namespace TrialRegistry.Import.Runs;

/// <summary>All or nothing (strict), or commit the valid records and report the rest (lenient).</summary>
public enum ImportMode
{
    Strict,
    Lenient,
}

public enum ImportRunStatus
{
    Queued,
    Running,
    Succeeded,

    /// <summary>A strict run refused by a bad record, or a crash: nothing was written.</summary>
    Failed,

    /// <summary>A dry run finished: the report says what a commit would do; nothing was written.</summary>
    DryRunFinished,
}

/// <summary>
/// One import: who started it, on which files, in which mode, and what it did (counts and the
/// per-record report). Written outside the import's own transaction, so a failed run leaves its
/// record and report while its data changes roll back.
/// </summary>
public class ImportRun
{
    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>User name of the admin, or "command line".</summary>
    public required string StartedBy { get; set; }

    public string? StartedByUserId { get; set; }

    public ImportMode Mode { get; set; }

    public bool IsDryRun { get; set; }

    /// <summary>Overwrite stale records and trials edited here since their last import.</summary>
    public bool Force { get; set; }

    public ImportRunStatus Status { get; set; }

    /// <summary>The uploaded or given file names, as the user named them.</summary>
    public List<string> Files { get; set; } = [];

    /// <summary>Format detected per file ("ctgov-v2-json", "ctgov-legacy-xml", ...).</summary>
    public List<string> Formats { get; set; } = [];

    public int RecordsRead { get; set; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Stale { get; set; }

    public int Conflicts { get; set; }

    public int Invalid { get; set; }

    /// <summary>Why the run failed, when it did.</summary>
    public string? Error { get; set; }

    /// <summary>Per-record lines (file, location, identifier, outcome, reasons), as JSON.</summary>
    public JsonDocument? Report { get; set; }

    public uint Version { get; set; }
}
