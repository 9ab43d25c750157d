using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// What one import run did: exact counts per outcome, and the per-record lines. Every refused,
/// stale or conflicting record and every record with warnings keeps its line; plain New, Updated and
/// Unchanged lines are kept up to <see cref="MaxPlainLines"/>, so the report of a 500k-record load
/// stays small (its counts stay exact).
/// </summary>
public sealed class ImportReport(ImportMode mode, bool isDryRun)
{
    public const int MaxPlainLines = 10_000;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly List<ImportReportLine> lines = [];
    private readonly Dictionary<ImportOutcome, int> counts = Enum.GetValues<ImportOutcome>().ToDictionary(o => o, _ => 0);
    private int plainLines;

    public ImportMode Mode { get; } = mode;

    public bool IsDryRun { get; } = isDryRun;

    public ImportRunStatus Status { get; set; } = ImportRunStatus.Running;

    /// <summary>Why the run failed: the refused record of a strict run, or the exception.</summary>
    public string? Error { get; set; }

    /// <summary>Study records read (skipped non-study entries are notes, not records).</summary>
    public int RecordsRead => counts.Where(c => c.Key != ImportOutcome.Skipped).Sum(c => c.Value);

    /// <summary>Lines of plain New/Updated/Unchanged records left out beyond <see cref="MaxPlainLines"/>.</summary>
    public int LinesLeftOut { get; private set; }

    public IReadOnlyList<ImportReportLine> Lines => lines;

    public int Count(ImportOutcome outcome) => counts[outcome];

    /// <summary>Invalid and unreadable records together (the run row's Invalid column).</summary>
    public int Refused => Count(ImportOutcome.Invalid) + Count(ImportOutcome.Unreadable);

    public void Add(ImportReportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        counts[line.Outcome]++;
        var plain = line.Reasons.Count == 0 && line.Outcome is ImportOutcome.New or ImportOutcome.Updated or ImportOutcome.Unchanged;
        if (plain && plainLines >= MaxPlainLines)
        {
            LinesLeftOut++;
            return;
        }

        plainLines += plain ? 1 : 0;
        lines.Add(line);
    }

    /// <summary>"strict, dry run: 3 new, 1 updated, 0 unchanged, 0 stale, 0 conflicts, 1 invalid (of 5 read)".</summary>
    public string Summary()
        => $"{(Mode == ImportMode.Strict ? "strict" : "lenient")}{(IsDryRun ? ", dry run" : "")}: "
            + $"{Count(ImportOutcome.New)} new, {Count(ImportOutcome.Updated)} updated, {Count(ImportOutcome.Unchanged)} unchanged, "
            + $"{Count(ImportOutcome.Stale)} stale, {Count(ImportOutcome.Conflict)} conflicts, {Refused} invalid (of {RecordsRead} read)";

    /// <summary>The JSON stored in <see cref="ImportRun.Report"/>.</summary>
    public JsonDocument ToJson()
        => JsonSerializer.SerializeToDocument(
            new { Mode, IsDryRun, Status, Error, Summary = Summary(), LinesLeftOut, Lines = lines },
            JsonOptions);

    /// <summary>Copies the counts, status and report onto the run's row.</summary>
    public void CopyTo(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Status = Status;
        run.Error = Error is { Length: > 4000 } ? Error[..3997] + "..." : Error;
        run.RecordsRead = RecordsRead;
        run.New = Count(ImportOutcome.New);
        run.Updated = Count(ImportOutcome.Updated);
        run.Unchanged = Count(ImportOutcome.Unchanged);
        run.Stale = Count(ImportOutcome.Stale);
        run.Conflicts = Count(ImportOutcome.Conflict);
        run.Invalid = Refused;
        run.Report?.Dispose();
        run.Report = ToJson();
    }
}
