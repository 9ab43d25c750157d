using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Benchmarks;

/// <summary>The machine and server a figure was measured on.</summary>
internal sealed partial record MachineInfo(
    int Cores,
    double MemoryGiB,
    string CpuModel,
    string Os,
    string Runtime,
    string PostgresVersion,
    Dictionary<string, string> PostgresSettings,
    string DatabaseSize,
    string TrialsTableSize,
    string LoadAverageAtStart)
{
    /// <summary>1, 5 and 15-minute load averages: other work on the machine shows in the figures.</summary>
    public static string ReadLoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores, {MemoryGiB:F0} GiB, {CpuModel}; {PostgresVersion.Split(" on ")[0]}, shared_buffers {PostgresSettings.GetValueOrDefault("shared_buffers")}, work_mem {PostgresSettings.GetValueOrDefault("work_mem")}; database {DatabaseSize}; load average {LoadAverageAtStart}");

    public static async Task<MachineInfo> CollectAsync(DbContextOptions<RegistryDbContext> options)
    {
        await using var db = new RegistryDbContext(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        async Task<string> Scalar(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "shared_buffers", "work_mem", "effective_cache_size", "random_page_cost", "max_parallel_workers_per_gather", "jit", "fsync", "synchronous_commit" })
        {
            settings[name] = await Scalar($"SELECT current_setting('{name}')");
        }

        return new MachineInfo(
            Environment.ProcessorCount,
            ReadMemoryGiB(),
            ReadCpuModel(),
            System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            await Scalar("SELECT version()"),
            settings,
            await Scalar("SELECT pg_size_pretty(pg_database_size(current_database()))"),
            await Scalar("SELECT pg_size_pretty(pg_total_relation_size('trials'))"),
            ReadLoadAverage());
    }

    private static double ReadMemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var match = line is null ? null : Digits().Match(line);
        return match is { Success: true } ? long.Parse(match.Value, CultureInfo.InvariantCulture) / 1048576.0 : 0;
    }

    private static string ReadCpuModel()
        => File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
