using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;

namespace TrialRegistry.Benchmarks.Search;

/// <summary>
/// The facet index as the app runs it (<see cref="FacetIndexHost"/>: LISTEN, build, follow), with
/// what it costs: build time, the memory it adds to this process, and how long a commit made
/// elsewhere takes to reach it.
/// </summary>
internal sealed class FacetIndexBench : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task loop = Task.CompletedTask;

    private FacetIndexBench(FacetIndexHost host) => Host = host;

    public FacetIndexHost Host { get; }

    public FacetIndexFigures Figures { get; private set; } = new(0, 0, 0, 0, 0, []);

    public static async Task<FacetIndexBench> StartAsync(string connectionString)
    {
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = ProcessMemory.RssMiB(Environment.ProcessId);
        var bench = new FacetIndexBench(new FacetIndexHost(connectionString, NullLogger<FacetIndexHost>.Instance));
        bench.loop = bench.Host.RunAsync(bench.stop.Token);
        await bench.Host.FirstBuild;
        var index = bench.Host.Current!;
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var rssAfter = ProcessMemory.RssMiB(Environment.ProcessId);
        var latencies = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            latencies.Add(await CommitToVisibleMsAsync(connectionString, index));
        }

        bench.Figures = new FacetIndexFigures(
            index.Count,
            bench.Host.LastBuildTime.TotalSeconds,
            (managedAfter - managedBefore) / 1024.0 / 1024.0,
            rssAfter - rssBefore,
            index.ApproximateBytes() / 1024.0 / 1024.0,
            latencies);
        return bench;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        await Host.DisposeAsync();
        stop.Dispose();
    }

    /// <summary>Flips one trial's "has results" on another connection and waits until the index counts it (and flips it back).</summary>
    private static async Task<double> CommitToVisibleMsAsync(string connectionString, FacetIndex index)
    {
        var everything = FacetFilter.Of(new TrialSearchQuery());
        int WithResults() => index.Tally(everything, null)!.Facets[SearchFacet.HasResults].Where(v => v.Key == "true").Sum(v => v.Count);
        var before = WithResults();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var flip = new NpgsqlCommand("UPDATE trials SET has_results = NOT has_results WHERE id = (SELECT min(id) FROM trials)", connection))
        {
            await flip.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        while (WithResults() == before && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(1);
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        await using (var back = new NpgsqlCommand("UPDATE trials SET has_results = NOT has_results WHERE id = (SELECT min(id) FROM trials)", connection))
        {
            await back.ExecuteNonQueryAsync();
        }

        while (WithResults() != before && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(1);
        }

        return elapsed;
    }
}

/// <summary>What the facet index costs at one size.</summary>
internal sealed record FacetIndexFigures(
    int Trials,
    double BuildSeconds,
    double ManagedHeapAddedMiB,
    double RssAddedMiB,
    double ArraysMiB,
    IReadOnlyList<double> CommitToVisibleMs);
