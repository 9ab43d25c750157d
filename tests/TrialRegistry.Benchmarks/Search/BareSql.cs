using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace TrialRegistry.Benchmarks.Search;

/// <summary>
/// Runs a captured SQL script bare with pgbench (one client, <c>-t</c> repetitions, simple protocol,
/// JIT off as the app's connections have it) and reads each repetition's latency from pgbench's
/// per-transaction log: the database's own time for our plan, without EF Core, Npgsql or the app.
/// </summary>
internal static class BareSql
{
    public static async Task<List<double>> TimeAsync(string pgbench, string connectionString, string script, int repetitions, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        var file = Path.Combine(workDirectory, "query.sql");
        await File.WriteAllTextAsync(file, script);
        foreach (var old in Directory.GetFiles(workDirectory, "bench_log*"))
        {
            File.Delete(old);
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgbench) { WorkingDirectory = workDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PGOPTIONS"] = "-c jit=off";
        foreach (var argument in new[]
        {
            "-n", "-c", "1", "-t", repetitions.ToString(CultureInfo.InvariantCulture), "-f", file, "-l", "--log-prefix", Path.Combine(workDirectory, "bench_log"),
            "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username ?? "postgres", builder.Database!,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {pgbench}");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench failed on {file}: {await error}");
        }

        // "client_id transaction_no time_us script_no time_epoch time_us"
        return Directory.GetFiles(workDirectory, "bench_log*")
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length >= 3)
            .Select(fields => long.Parse(fields[2], CultureInfo.InvariantCulture) / 1000.0)
            .ToList();
    }
}
