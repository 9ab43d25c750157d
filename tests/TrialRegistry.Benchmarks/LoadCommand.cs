using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Generation;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;

namespace TrialRegistry.Benchmarks;

/// <summary>
/// The EF Core baseline of `make bench`: generates studies and loads them through the importer's mapping (CtGovStudyMapper +
/// EntityResolver, then EF Core SaveChanges), a batch per fresh DbContext with automatic change
/// detection off. Generation (building and serializing the JSON) runs on another thread, a few
/// batches ahead, as a file reader would.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string connectionString, int size, int seed, int batchSize, string? output = null)
    {
        var options = Database.Options(connectionString);
        var wall = Stopwatch.StartNew();
        await using (var db = new RegistryDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync();
        }

        var migrated = wall.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"migrated in {migrated.TotalSeconds:F1} s; loading {size} studies (seed {seed}) in batches of {batchSize}"));

        var channel = Channel.CreateBounded<byte[][]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var generation = Stopwatch.StartNew();
        var producer = Task.Run(async () =>
        {
            var generator = new StudyGenerator(seed);
            for (var start = 0; start < size; start += batchSize)
            {
                var batch = Enumerable.Range(start, Math.Min(batchSize, size - start))
                    .Select(i => JsonSerializer.SerializeToUtf8Bytes(generator.GenerateStudy(i)))
                    .ToArray();
                await channel.Writer.WriteAsync(batch);
            }

            channel.Writer.Complete();
            generation.Stop();
        });

        var importedAt = new DateTimeOffset(2025, 2, 1, 12, 0, 0, TimeSpan.Zero);
        var loaded = 0;
        var warnings = 0;
        long bytes = 0;
        var mapping = TimeSpan.Zero;
        var saving = TimeSpan.Zero;
        var resolving = TimeSpan.Zero;
        var load = Stopwatch.StartNew();
        await foreach (var batch in channel.Reader.ReadAllAsync())
        {
            await using var db = new RegistryDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var step = Stopwatch.StartNew();
            var resolver = await EntityResolver.LoadAsync(db);
            resolving += step.Elapsed;

            step.Restart();
            var mapper = new CtGovStudyMapper(resolver);
            foreach (var json in batch)
            {
                using var document = JsonDocument.Parse(json);
                var mapped = mapper.Map(document.RootElement, importedAt);
                mapped.Trial.IsSynthetic = true;
                db.Trials.Add(mapped.Trial);
                warnings += mapped.Warnings.Count;
                bytes += json.Length;
            }

            mapping += step.Elapsed;
            step.Restart();
            await db.SaveChangesAsync();
            saving += step.Elapsed;
            loaded += batch.Length;
            if (loaded % (batchSize * 10) == 0 || loaded == size)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {loaded,9} studies  {load.Elapsed.TotalSeconds,7:F1} s  {loaded / load.Elapsed.TotalSeconds,7:F0} studies/s"));
            }
        }

        await producer;
        load.Stop();
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var rows = await CountRowsAsync(options);
        var result = new LoadResult(
            size, seed, batchSize, load.Elapsed.TotalSeconds, loaded / load.Elapsed.TotalSeconds, rows, rows / load.Elapsed.TotalSeconds,
            generation.Elapsed.TotalSeconds, resolving.TotalSeconds, mapping.TotalSeconds, saving.TotalSeconds, bytes / 1048576.0, warnings, peakMb,
            migrated.TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {loaded} studies ({rows} rows, {bytes / 1048576.0:F0} MiB of JSON) in {load.Elapsed.TotalSeconds:F1} s: {result.StudiesPerSecond:F0} studies/s, {result.RowsPerSecond:F0} rows/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  time on the loading thread: resolver loads {resolving.TotalSeconds:F1} s, mapping {mapping.TotalSeconds:F1} s, SaveChanges {saving.TotalSeconds:F1} s; generation thread {generation.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  mapping warnings {warnings} ({(double)warnings / Math.Max(loaded, 1):F3} per study); peak working set {peakMb:F0} MiB"));

        var path = output ?? Path.Combine("artifacts", "bench", string.Create(CultureInfo.InvariantCulture, $"load-{size}.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json.Options));
        Console.WriteLine($"wrote {path}");
        return 0;
    }

    private static async Task<long> CountRowsAsync(DbContextOptions<RegistryDbContext> options)
    {
        await using var db = new RegistryDbContext(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();

        // Every row the load wrote, in every table (statistics are enough for a figure of rows/s).
        command.CommandText = """
            SELECT (SELECT count(*) FROM trials) + (SELECT count(*) FROM locations) + (SELECT count(*) FROM interventions)
                 + (SELECT count(*) FROM trial_condition) + (SELECT count(*) FROM outcome) + (SELECT count(*) FROM arm)
                 + (SELECT count(*) FROM trial_contact) + (SELECT count(*) FROM trial_secondary_id) + (SELECT count(*) FROM trial_collaborator)
                 + (SELECT count(*) FROM organizations) + (SELECT count(*) FROM conditions)
            """;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

internal sealed record LoadResult(
    int Size,
    int Seed,
    int BatchSize,
    double Seconds,
    double StudiesPerSecond,
    long Rows,
    double RowsPerSecond,
    double GenerationThreadSeconds,
    double ResolverSeconds,
    double MappingSeconds,
    double SaveChangesSeconds,
    double JsonMiB,
    int MappingWarnings,
    double PeakWorkingSetMiB,
    double MigrationSeconds);

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

internal static class Database
{
    public static DbContextOptions<RegistryDbContext> Options(string connectionString)
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(options, connectionString);
        return options.Options;
    }
}
