using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrialRegistry.Data;

namespace TrialRegistry.Benchmarks.Import;

/// <summary>
/// `rawcopy`: the physical limit of loading the rows our importer wrote. Every registry table with
/// rows in the source database (after the import) is dumped with <c>\copy ... TO</c> (binary), an
/// empty target database gets the same schema from the migrations (same indexes, constraints and
/// generated columns: the search vector is computed again on the way in), then each table is loaded
/// with <c>\copy table FROM file</c> in foreign-key order in one psql session, timed one by one
/// by the server's clock.
/// </summary>
internal static class RawCopyCommand
{
    /// <summary>
    /// Tables the database's triggers fill from the copied rows, so copying them would collide:
    /// trial_search_text from trials (ADR 0026); the names' count rows and the marks (ADR 0027).
    /// </summary>
    public static readonly IReadOnlySet<string> TriggerFilled = new HashSet<string>(StringComparer.Ordinal)
    {
        "trial_search_text", "organization_trial_counts", "condition_trial_counts", "product_trial_counts", "trial_count_marks",
    };

    /// <param name="timed">The tables whose rows and time count (those the import wrote); null for all.</param>
    public static async Task<RawCopyResult> RunAsync(string source, string target, string directory, string psql, IReadOnlySet<string>? timed = null)
    {
        Directory.CreateDirectory(directory);
        var counts = (await RowCounts.ReadAsync(source)).Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        await using (var db = new RegistryDbContext(Database.Options(target)))
        {
            await db.Database.MigrateAsync();
        }

        // Tables the migrations already fill (seed rows) keep them; copying would collide.
        var seeded = (await RowCounts.ReadAsync(target)).Where(c => c.Value > 0).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var tables = await ForeignKeyOrderAsync(source, counts.Keys.Where(t => !seeded.Contains(t) && !TriggerFilled.Contains(t)).ToList());

        var dumped = Stopwatch.StartNew();
        foreach (var table in tables)
        {
            await PsqlAsync(psql, source, "-c", $"\\copy public.\"{table}\" TO '{FileOf(directory, table)}' (FORMAT binary)");
        }

        var dumpSeconds = dumped.Elapsed.TotalSeconds;

        // One psql session loads every table (one connection, as an importer has), stamping the
        // server's clock after each \copy: a table's time is the gap between two stamps.
        var script = new StringBuilder("SELECT '-', extract(epoch from clock_timestamp());\n");
        foreach (var table in tables)
        {
            script.Append(CultureInfo.InvariantCulture, $"\\copy public.\"{table}\" FROM '{FileOf(directory, table)}' (FORMAT binary)\n");
            script.Append(CultureInfo.InvariantCulture, $"SELECT '{table}', extract(epoch from clock_timestamp());\n");
        }

        var scriptPath = Path.Combine(directory, "load.sql");
        await File.WriteAllTextAsync(scriptPath, script.ToString());
        var wall = Stopwatch.StartNew();
        var stamps = (await PsqlAsync(psql, target, "-f", scriptPath))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .Select(parts => (Table: parts[0], Epoch: double.Parse(parts[1], CultureInfo.InvariantCulture)))
            .ToList();
        var wallSeconds = wall.Elapsed.TotalSeconds;

        // The names' counts from the copy's marks, as the import ends (outside the timing: the raw
        // COPY stays the physical limit, while the import's own time includes its refresh).
        await PsqlAsync(psql, target, "-c", "SELECT FROM refresh_trial_counts()");
        var loads = stamps.Skip(1).Select((stamp, i) => new TableCopy(
            stamp.Table, counts[stamp.Table], stamp.Epoch - stamps[i].Epoch, new FileInfo(FileOf(directory, stamp.Table)).Length / 1048576.0,
            timed is null || timed.Contains(stamp.Table))).ToList();

        var copied = await RowCounts.ReadAsync(target);
        var mismatched = loads.Where(l => copied.GetValueOrDefault(l.Table) != l.Rows).Select(l => l.Table).ToList();
        var counted = loads.Where(l => l.Timed).ToList();
        var rows = counted.Sum(l => l.Rows);
        var seconds = counted.Sum(l => l.Seconds);
        var studies = counts.GetValueOrDefault("trials");
        return new RawCopyResult(rows, seconds, rows / seconds, studies, studies / seconds, loads.Sum(l => l.Seconds), wallSeconds, dumpSeconds, [.. seeded], mismatched, loads);
    }

    private static string FileOf(string directory, string table) => Path.Combine(Path.GetFullPath(directory), table + ".bin");

    /// <summary>Referenced tables before the tables that reference them (self references need no order).</summary>
    private static async Task<List<string>> ForeignKeyOrderAsync(string connectionString, List<string> tables)
    {
        var edges = new List<(string From, string To)>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                edges.Add((reader.GetString(0).Trim('"'), reader.GetString(1).Trim('"')));
            }
        }

        var ordered = new List<string>();
        var pending = tables.OrderBy(t => t, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => !edges.Any(e => e.From == t && e.To != t && pending.Contains(e.To)))
                ?? throw new InvalidOperationException($"foreign keys form a cycle among {string.Join(", ", pending)}");
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }

    /// <summary>Runs psql (unaligned, tuples only, stop at the first error) and returns what it printed.</summary>
    private static async Task<string> PsqlAsync(string psql, string connectionString, string option, string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(psql) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "-X", "-q", "-A", "-t", "-F", " ", "-v", "ON_ERROR_STOP=1", "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
            "-U", builder.Username ?? "postgres", "-d", builder.Database!, option, value,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {psql}");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"psql {option} {value}: {await error}");
    }
}

/// <param name="Timed">Whether the table counts in the result's rows and seconds (the import wrote it).</param>
internal sealed record TableCopy(string Table, long Rows, double Seconds, double FileMiB, bool Timed);

/// <summary>Rows, Seconds and RowsPerSecond are the timed tables'; AllTablesSeconds and WallSeconds include the rest and psql's start.</summary>
internal sealed record RawCopyResult(
    long Rows, double Seconds, double RowsPerSecond, long Studies, double StudiesPerSecond, double AllTablesSeconds, double WallSeconds, double DumpSeconds,
    List<string> SkippedSeededTables, List<string> MismatchedTables, List<TableCopy> Tables);
