using System.Globalization;
using Npgsql;

namespace TrialRegistry.Benchmarks;

/// <summary>Exact row counts of every table of the registry's schema (not the migrations history).</summary>
internal static class RowCounts
{
    /// <summary>Tables that are bookkeeping of a run rather than registry data: never counted as rows written.</summary>
    public static readonly string[] Bookkeeping = ["__ef_migrations_history", "import_runs"];

    public static async Task<SortedDictionary<string, long>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !Bookkeeping.Contains(t)))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Rows added per table between two readings (tables that grew only).</summary>
    public static SortedDictionary<string, long> Added(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
        => new(after.Where(a => a.Value > before.GetValueOrDefault(a.Key)).ToDictionary(a => a.Key, a => a.Value - before.GetValueOrDefault(a.Key)), StringComparer.Ordinal);
}
