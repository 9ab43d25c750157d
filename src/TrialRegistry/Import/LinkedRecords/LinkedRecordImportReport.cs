using TrialRegistry.Import.Runs;

namespace TrialRegistry.Import.LinkedRecords;

public enum LinkedRecordRowOutcome
{
    New,
    Updated,
    Unchanged,
    Invalid,
}

/// <summary>A problem of one row: the column (as the header names it), which of its '|' values when a list, and what is wrong.</summary>
public sealed record LinkedRecordRowProblem(string Column, int? Item, string Message)
{
    public override string ToString() => Item is { } item ? $"{Column} (value {item}): {Message}" : $"{Column}: {Message}";
}

/// <summary>What became (or, in a dry or failed strict run, would have become) of one row.</summary>
public sealed record LinkedRecordRowResult(int Row, string Key, LinkedRecordRowOutcome Outcome, int? RecordId, IReadOnlyList<LinkedRecordRowProblem> Problems)
{
    public override string ToString()
        => Problems.Count == 0 ? $"Row {Row} ({Key}): {Outcome}" : $"Row {Row} ({Key}): {string.Join("; ", Problems)}";
}

/// <summary>
/// The result of importing one linked-record CSV. <see cref="Committed"/> says whether anything was
/// written; <see cref="Error"/> is set when the file could not be read at all (its header, its CSV).
/// </summary>
public sealed record LinkedRecordImportReport(
    LinkedRecordCsvKind Kind, ImportMode Mode, bool DryRun, bool Committed, string? Error, IReadOnlyList<LinkedRecordRowResult> Rows)
{
    public int New => Count(LinkedRecordRowOutcome.New);

    public int Updated => Count(LinkedRecordRowOutcome.Updated);

    public int Unchanged => Count(LinkedRecordRowOutcome.Unchanged);

    public int Invalid => Count(LinkedRecordRowOutcome.Invalid);

    public IEnumerable<LinkedRecordRowResult> InvalidRows => Rows.Where(r => r.Outcome == LinkedRecordRowOutcome.Invalid);

    private int Count(LinkedRecordRowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}
