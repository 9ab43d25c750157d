using Microsoft.EntityFrameworkCore;
using TrialRegistry.Generation;
using TrialRegistry.Import.Runs;
using TrialRegistry.Web.Hosting;

namespace TrialRegistry.Web.Tests.Hosting;

/// <summary>
/// `import --file ...` on the app's own services and database (the command runs without serving
/// HTTP). Files live in a folder whose name has spaces, as `make import FILE="..."` passes them.
/// </summary>
public sealed class ImportCommandTests(BareRegistryApp app) : IClassFixture<BareRegistryApp>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("import command ").FullName;

    [Fact]
    public async Task Importing_a_file_whose_path_has_spaces_creates_the_trials_and_exits_0()
    {
        var path = Path.Combine(folder, "generated studies.ndjson");
        await using (var file = File.Create(path))
        {
            StudyGenerator.WriteNdjson(file, 3);
        }

        var (exitCode, output, error) = await RunAsync("import", "--file", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("strict: 3 new, 0 updated, 0 unchanged, 0 stale, 0 conflicts, 0 invalid (of 3 read)): committed.", output, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        var ids = Enumerable.Range(0, 3).Select(StudyGenerator.NctIdOf).ToList();
        Assert.Equal(3, await db.Trials.CountAsync(t => ids.Contains(t.RegistryId)));
        Assert.Equal(3, await db.Trials.CountAsync(t => ids.Contains(t.RegistryId) && t.Source == "ctgov-v2-json" && t.SourceRecord != null));
        var run = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal((ImportRunStatus.Succeeded, "command line", 3), (run.Status, run.StartedBy, run.New));
        Assert.Equal([path], run.Files);
        Assert.Equal(["ctgov-v2-json"], run.Formats);

        // The same file again: all unchanged.
        (exitCode, output, _) = await RunAsync("import", "--file", path);
        Assert.Equal(0, exitCode);
        Assert.Contains("0 new, 0 updated, 3 unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_file_fails_the_strict_run_with_a_message_naming_the_file_and_writes_no_trial()
    {
        var path = Path.Combine(folder, "broken study.json");
        await File.WriteAllTextAsync(path, "{\"protocolSection\": {\"identificationModule\": ");
        await using var before = app.Database.CreateContext();
        var trials = await before.Trials.CountAsync();

        var (exitCode, output, error) = await RunAsync("import", "--file", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED, nothing written", output, StringComparison.Ordinal);
        Assert.Contains($"import: {path}, ", error, StringComparison.Ordinal);
        Assert.Contains("The strict run wrote nothing", error, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.Equal(trials, await db.Trials.CountAsync());
    }

    [Fact]
    public async Task A_file_of_no_known_format_is_refused_before_anything_runs()
    {
        var path = Path.Combine(folder, "notes about trials.txt");
        await File.WriteAllTextAsync(path, "These are my notes, not a registry export.");

        var (exitCode, _, error) = await RunAsync("import", "--file", path);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"import: {path}: not a format the importer reads (ClinicalTrials.gov JSON, XML or CSV, WHO ICTRP XML, or a ZIP of them). Nothing was imported.",
            error.Trim());
    }

    [Fact]
    public async Task A_missing_file_or_no_file_at_all_is_a_usage_error()
    {
        var missing = Path.Combine(folder, "no such file.json");

        var (exitCode, _, error) = await RunAsync("import", "--file", missing);
        Assert.Equal(2, exitCode);
        Assert.Equal($"import: {missing}: no such file. Nothing was imported.", error.Trim());

        (exitCode, _, error) = await RunAsync("import");
        Assert.Equal(2, exitCode);
        Assert.Equal(ImportCommand.Usage, error.Trim());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_long_import_prints_its_progress_while_it_runs()
    {
        var path = Path.Combine(folder, "progress.ndjson");
        await using (var file = File.Create(path))
        {
            StudyGenerator.WriteNdjson(file, 400, seed: 7);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(app.Services, ["import", "--file", path, "--dry-run"], output, error, TimeSpan.FromMilliseconds(20), CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n');
        var progress = lines.Where(l => l.StartsWith("import: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, l => Assert.Matches(@"^import: [0-9,]+ records read, [0-9]+ ?% of [0-9.,]+ (KiB|MiB) · [0-9,]+ records/s", l));

        // Progress comes before the report, which is the last thing printed.
        Assert.True(Array.FindLastIndex(lines, l => l.StartsWith("import: ", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.StartsWith("Import run ", StringComparison.Ordinal)));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(app.Services, args, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
