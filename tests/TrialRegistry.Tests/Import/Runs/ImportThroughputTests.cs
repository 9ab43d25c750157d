using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Generation;
using TrialRegistry.Import.Runs;
using TrialRegistry.Import.Sources;
using TrialRegistry.Testing;
using Xunit.Abstractions;

namespace TrialRegistry.Tests.Import.Runs;

/// <summary>
/// Generated CT.gov-shaped studies through the v2 JSON reader and the engine, as `make import` runs
/// them: a first run (all new), then the same file again (all unchanged). Prints the rates; asserts
/// only outcomes (no timing). IMPORT_BENCHMARK_STUDIES=5000 gives the figure of ADR 0017.
/// </summary>
public sealed class ImportThroughputTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Generated_studies_import_as_new_then_as_unchanged()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("IMPORT_BENCHMARK_STUDIES"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        using var file = new MemoryStream();
        StudyGenerator.WriteNdjson(file, count);
        var bytes = file.ToArray();

        var first = await TimedImportAsync(bytes);
        Assert.Equal((ImportRunStatus.Succeeded, count), (first.Result.Run.Status, first.Result.Run.New));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(count, await db.Trials.CountAsync());
            Assert.Equal(count, await db.Trials.CountAsync(t => t.SourceHash != null && t.SourceRecord != null));
        }

        var second = await TimedImportAsync(bytes);
        Assert.Equal(count, second.Result.Run.Unchanged);

        output.WriteLine($"{count} generated studies ({bytes.Length / 1024.0 / 1024.0:F1} MB NDJSON): "
            + $"new {first.Elapsed.TotalSeconds:F1} s ({count / first.Elapsed.TotalSeconds:F0} studies/s), "
            + $"unchanged {second.Elapsed.TotalSeconds:F1} s ({count / second.Elapsed.TotalSeconds:F0} studies/s)");
    }

    private async Task<(ImportResult Result, TimeSpan Elapsed)> TimedImportAsync(byte[] bytes)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await RunImport.RunAsync(
            new TestDbFactory(database),
            context => new CtGovJsonFormat().ReadAsync(new MemoryStream(bytes), "generated.ndjson", context, CancellationToken.None),
            new ImportOptions(ImportOptions.CommandLine, ["generated.ndjson"], ["ctgov-v2-json"]),
            CancellationToken.None);
        return (result, stopwatch.Elapsed);
    }
}
