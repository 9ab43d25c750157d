using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrialRegistry.Data;
using TrialRegistry.Search;

namespace TrialRegistry.Benchmarks;

/// <summary>
/// Runs one query of the mix once (after a warm-up) with auto_explain on its connection, so the
/// EXPLAIN (ANALYZE, BUFFERS) of every statement SearchTrials issues is printed with its duration.
/// <c>--deep</c> runs the deep-paging query at page 500 instead of page 1.
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(string connectionString, string name, bool deep)
    {
        var plain = Database.Options(connectionString);
        BenchQuery? chosen;
        await using (var db = new RegistryDbContext(plain))
        {
            var (queries, deepQueries) = await BenchQueries.BuildAsync(db, 0);
            chosen = queries.Concat(deepQueries).FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                Console.Error.WriteLine($"no query named '{name}'; the mix has: {string.Join(", ", queries.Concat(deepQueries).Select(q => q.Name))}");
                return 2;
            }
        }

        var query = chosen.Query;
        if (deep)
        {
            string? cursor = null;
            var walked = 0;
            while (walked < (SearchBenchmark.DeepPage - 1) * 20)
            {
                await using var db = new RegistryDbContext(plain);
                var page = await SearchTrials.RunAsync(db, query with { PageSize = Math.Min(100, ((SearchBenchmark.DeepPage - 1) * 20) - walked), After = cursor, IncludeFacets = false });
                if (page.NextCursor is null)
                {
                    break;
                }

                walked += page.Hits.Count;
                cursor = page.NextCursor;
            }

            query = query with { After = cursor };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- page {walked / 20 + 1}"));
        }

        await using (var warm = new RegistryDbContext(plain))
        {
            await SearchTrials.RunAsync(warm, query);
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Options = "-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on "
                + "-c auto_explain.log_buffers=on -c auto_explain.log_timing=on -c auto_explain.log_level=notice",
            Pooling = false,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notice += (_, e) => Console.WriteLine(e.Notice.MessageText + Environment.NewLine);
        var options = new DbContextOptionsBuilder<RegistryDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var explained = new RegistryDbContext(options);
        var watch = Stopwatch.StartNew();
        var result = await SearchTrials.RunAsync(explained, query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {chosen.Name}: {result.Total} matches, {watch.Elapsed.TotalMilliseconds:F1} ms with auto_explain on"));
        return 0;
    }
}
