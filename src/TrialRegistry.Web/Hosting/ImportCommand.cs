using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;
using TrialRegistry.Import.Sources;
using TrialRegistry.TrialCounts;
using TrialRegistry.Web.Import;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// `import --file PATH [--file PATH2 ...] [--lenient] [--dry-run] [--force]`: imports the files into
/// ConnectionStrings:Registry (the database the app serves, so a running app shows the trials at
/// once), prints the report and exits 0, or 1 when the run failed (2 for a usage error or a file that
/// cannot be read at all). The format of each file is detected from its first bytes
/// (<see cref="ImportFormats.Detect(string, ReadOnlySpan{byte})"/>). Ctrl+C cancels: a strict run then
/// writes nothing (docs/decisions/0017-import-runs.md).
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: import --file PATH [--file PATH ...] [--lenient] [--dry-run] [--force]";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C rolls the run back cleanly; the process then ends by itself.
            e.Cancel = true;
            cancel.Cancel();
        };
        await DatabaseStartup.MigrateIfConfiguredAsync(app, cancel.Token);
        return await RunAsync(app.Services, args, Console.Out, Console.Error, cancel.Token);
    }

    /// <summary>The command on the app's services, writing to the given console (tests pass their own).</summary>
    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        => RunAsync(services, args, output, error, ProgressInterval, cancellationToken);

    /// <summary>How often a long import prints where it is.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    /// <param name="progressInterval">How often to print progress (tests shorten it).</param>
    public static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeSpan progressInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var paths = Options(args, "--file");
        if (paths.Count == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var files = new List<ImportFile>();
        foreach (var path in paths)
        {
            var (format, problem) = await ImportFiles.DetectAsync(path, null, cancellationToken);
            if (format is null)
            {
                await error.WriteLineAsync($"import: {path}: {problem} Nothing was imported.");
                return 2;
            }

            files.Add(new ImportFile(path, path, format));
        }

        var options = new ImportOptions(ImportOptions.CommandLine, paths, files.Select(f => f.Format.Name).ToList())
        {
            Mode = args.Contains("--lenient") ? ImportMode.Lenient : ImportMode.Strict,
            DryRun = args.Contains("--dry-run"),
            Force = args.Contains("--force"),
        };
        ImportResult result;
        var progress = new ImportProgress(files);
        using var printing = new CancellationTokenSource();
        var printer = PrintProgressAsync(progress, output, progressInterval, printing.Token);
        try
        {
            var dbFactory = services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
            progress.Start();
            result = await RunImport.RunAsync(dbFactory, context => ImportFiles.ReadAsync(files, context, progress, cancellationToken), options, cancellationToken);

            // The name indexes' trial counts now, not when a web app next runs its refresh (0027).
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await TrialCountRefresh.RunNowAsync(db, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("import: cancelled. " + (options.Mode == ImportMode.Strict ? "Nothing was written." : "Batches committed before stay."));
            return 1;
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or IOException)
        {
            await error.WriteLineAsync($"import: the run stopped and was rolled back: {exception.GetBaseException().Message}");
            return 1;
        }

        finally
        {
            progress.Stop();
            await printing.CancelAsync();
            await printer;
        }

        await PrintAsync(result, output, error);
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>A line every <paramref name="interval"/> while the run lasts: a big load is not silent for minutes.</summary>
    private static async Task PrintProgressAsync(ImportProgress progress, TextWriter output, TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await output.WriteLineAsync("import: " + progress.Snapshot().Describe(ended: false));
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    private static async Task PrintAsync(ImportResult result, TextWriter output, TextWriter error)
    {
        var report = result.Report;
        await output.WriteLineAsync($"Import run {result.Run.Id} ({report.Summary()}): {Describe(result.Run.Status)}.");
        foreach (var line in report.Lines.Where(l => l.Outcome is ImportOutcome.Invalid or ImportOutcome.Unreadable or ImportOutcome.Stale or ImportOutcome.Conflict))
        {
            var id = line.RegistryId is null ? "" : $" {line.RegistryId}";
            await output.WriteLineAsync($"  {line.Outcome.ToString().ToLowerInvariant()}: {line.File}, {line.Location}{id}: {string.Join(" ", line.Reasons)}");
        }

        var withWarnings = report.Lines.Count(l => l.Outcome is ImportOutcome.New or ImportOutcome.Updated && l.Reasons.Any(r => r.StartsWith("Warning:", StringComparison.Ordinal)));
        if (withWarnings > 0)
        {
            await output.WriteLineAsync($"  {withWarnings} record(s) imported with rule warnings (in the run's report).");
        }

        if (result.Run.Error is { } failure)
        {
            await error.WriteLineAsync($"import: {failure}");
        }
    }

    private static string Describe(ImportRunStatus status) => status switch
    {
        ImportRunStatus.Succeeded => "committed",
        ImportRunStatus.DryRunFinished => "dry run, nothing written",
        ImportRunStatus.Failed => "FAILED, nothing written",
        _ => status.ToString(),
    };

    private static List<string> Options(IReadOnlyList<string> args, string name)
    {
        var values = new List<string>();
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                values.Add(args[++i]);
            }
        }

        return values;
    }
}
