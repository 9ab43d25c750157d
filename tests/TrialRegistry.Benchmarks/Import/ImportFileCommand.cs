using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;
using TrialRegistry.Import.Sources;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Benchmarks.Import;

/// <summary>
/// `import-file`: one file through the registry's own import use case, as `make import` runs it
/// (format detected from the first bytes, streamed by the format's reader into
/// <see cref="RunImport.RunAsync"/>; command-line actor, strict, not a dry run). Run as a process of
/// its own so that its peak resident memory (VmHWM) is the importer's alone.
/// </summary>
internal static class ImportFileCommand
{
    public static async Task<int> RunAsync(string connectionString, string file, string output)
    {
        var result = await ImportAsync(connectionString, file);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, Json.Options));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {file}: {result.Summary} in {result.Seconds:F1} s = {result.StudiesPerSecond:F0} studies/s, {result.RowsWritten} rows = {result.RowsPerSecond:F0} rows/s; peak RSS {result.PeakRssMiB:F0} MiB"));
        return result.Succeeded ? 0 : 1;
    }

    public static async Task<ImportFileResult> ImportAsync(string connectionString, string file)
    {
        var format = Detect(file);
        var before = await RowCounts.ReadAsync(connectionString);
        var name = Path.GetFileName(file);
        var watch = Stopwatch.StartNew();
        var result = await RunImport.RunAsync(
            new BenchDbFactory(Database.Options(connectionString)),
            context => ReadAsync(file, name, format, context, CancellationToken.None),
            new ImportOptions(ImportOptions.CommandLine, [name], [format.Name]),
            CancellationToken.None);

        // As `make import` ends: the name indexes' trial counts recounted (ADR 0027), inside the timing.
        await using (var db = new RegistryDbContext(Database.Options(connectionString)))
        {
            await TrialCountRefresh.RunNowAsync(db, CancellationToken.None);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var added = RowCounts.Added(before, await RowCounts.ReadAsync(connectionString));
        var rows = added.Values.Sum();
        var report = result.Report;
        return new ImportFileResult(
            name, format.Name, new FileInfo(file).Length / 1048576.0, result.Succeeded, report.Summary(), report.RecordsRead,
            report.Count(ImportOutcome.New), report.Count(ImportOutcome.Updated), report.Count(ImportOutcome.Unchanged), report.Refused,
            seconds, report.RecordsRead / seconds, rows, rows / seconds, added, ProcessMemory.PeakRssMiB(), MachineInfo.ReadLoadAverage());
    }

    private static IImportFormat Detect(string file)
    {
        var head = new byte[4096];
        int length;
        using (var stream = File.OpenRead(file))
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return ImportFormats.Detect(Path.GetFileName(file), head.AsSpan(0, length))
            ?? throw new ArgumentException($"{file}: not a format the importer reads");
    }

    // As the app's ImportFiles.ReadAsync streams a file on disk.
    private static async IAsyncEnumerable<ImportItem> ReadAsync(
        string file, string name, IImportFormat format, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await foreach (var item in format.ReadAsync(stream, name, context, cancellationToken))
        {
            yield return item;
        }
    }
}

internal sealed record ImportFileResult(
    string File,
    string Format,
    double FileMiB,
    bool Succeeded,
    string Summary,
    int StudiesRead,
    int New,
    int Updated,
    int Unchanged,
    int Refused,
    double Seconds,
    double StudiesPerSecond,
    long RowsWritten,
    double RowsPerSecond,
    SortedDictionary<string, long> RowsByTable,
    double PeakRssMiB,
    string LoadAverage);

internal sealed class BenchDbFactory(DbContextOptions<RegistryDbContext> options) : IDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext() => new(options);
}
