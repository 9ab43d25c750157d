using System.Diagnostics;
using TrialRegistry.Data;
using TrialRegistry.Generation;
using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.Import.Runs;

namespace TrialRegistry.Benchmarks.Import;

/// <summary>`import-linked`: the corpus's four linked-record CSVs through the registry's CSV import (strict, as an admin).</summary>
internal static class ImportLinkedCommand
{
    public static async Task<LinkedImportResult> ImportAsync(string connectionString, string corpusDirectory)
    {
        var options = Database.Options(connectionString);
        var kinds = new List<LinkedKindResult>();
        var total = Stopwatch.StartNew();
        foreach (var kind in Enum.GetValues<LinkedRecordCsvKind>())
        {
            var path = Path.Combine(corpusDirectory, CorpusFiles.LinkedRecords(kind));
            var watch = Stopwatch.StartNew();
            await using var db = new RegistryDbContext(options);
            await using var stream = File.OpenRead(path);
            var report = await ImportLinkedRecords.ImportAsync(
                db, stream, kind, ImportOptions.CommandLine, new LinkedRecordImportOptions(FileName: Path.GetFileName(path)));
            var rows = report.Rows;
            kinds.Add(new LinkedKindResult(
                kind.Slug(), rows.Count, report.New, report.Unchanged, report.Invalid, report.Committed, report.Error,
                report.InvalidRows.Take(3).Select(r => r.ToString()).ToList(),
                watch.Elapsed.TotalSeconds));
        }

        var seconds = total.Elapsed.TotalSeconds;
        var records = kinds.Sum(k => k.Rows);
        return new LinkedImportResult(records, seconds, records / seconds, kinds);
    }
}

internal sealed record LinkedKindResult(string Kind, int Rows, int New, int Unchanged, int Invalid, bool Committed, string? Error, List<string> FirstProblems, double Seconds);

internal sealed record LinkedImportResult(int Records, double Seconds, double RecordsPerSecond, List<LinkedKindResult> Kinds);
