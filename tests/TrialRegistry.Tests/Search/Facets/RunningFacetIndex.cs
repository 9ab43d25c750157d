using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>
/// One app instance's facet index on a test database: its loop running, and contexts that tell it
/// of their writes as the app's own do. Dispose to stop it.
/// </summary>
internal sealed class RunningFacetIndex : IAsyncDisposable, IDbContextFactory<RegistryDbContext>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly PostgresDatabase database;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private RunningFacetIndex(PostgresDatabase database)
    {
        this.database = database;
        Host = new FacetIndexHost(database.ConnectionString, Log);
        // On the thread pool, as the app's hosted service runs it: started from a test, the loop's
        // continuations would otherwise queue on xunit's two test threads, behind whatever CPU-bound
        // test runs in parallel, and a busy run starved it past the patience below.
        loop = Task.Run(() => Host.RunAsync(stop.Token));
    }

    public FacetIndexHost Host { get; }

    /// <summary>What the index's loop logged (its failures with their exceptions), for the messages of failed waits.</summary>
    public RecordingLogger<FacetIndexHost> Log { get; } = new();

    public static async Task<RunningFacetIndex> StartAsync(PostgresDatabase database)
    {
        var running = new RunningFacetIndex(database);
        await running.Host.FirstBuild.WaitAsync(Patience);
        return running;
    }

    /// <summary>A context whose commits this instance's next search must see (the app's factory adds the same interceptor).</summary>
    public RegistryDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(options, database.ConnectionString).AddInterceptors(new LocalWriteInterceptor([Host]));
        return new RegistryDbContext(options.Options);
    }

    /// <summary>The index's counts for <paramref name="query"/> right now, or null when it has none usable.</summary>
    public async Task<(int Total, TrialFacets Facets)?> CountAsync(TrialSearchQuery query)
    {
        var index = await Host.GetFreshAsync(CancellationToken.None);
        if (index is null)
        {
            return null;
        }

        await using var db = database.CreateContext();
        return await IndexedFacets.CountAsync(db, query, index, CancellationToken.None);
    }

    /// <summary>Waits until the index counts <paramref name="query"/> as SQL does (another instance's write travels by notification).</summary>
    public async Task<(int Total, TrialFacets Facets)> WaitUntilSameAsSqlAsync(TrialSearchQuery query)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var sql = await SqlCountAsync(query);
            var indexed = await CountAsync(query);
            if (indexed is { } counted && Same(sql, counted))
            {
                return counted;
            }

            if (DateTime.UtcNow > deadline)
            {
                FacetComparison.AssertSame(sql, indexed ?? (-1, sql.Facets), $"after waiting ({Host.Builds} builds; the loop logged:{Environment.NewLine}{Log})");
                Assert.Fail("the index has no counts");
            }

            await Task.Delay(20);
        }
    }

    public async Task<(int Total, TrialFacets Facets)> SqlCountAsync(TrialSearchQuery query)
    {
        await using var db = database.CreateContext();
        return await SearchFacets.CountAsync(db, query, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        await Host.DisposeAsync();
        stop.Dispose();
    }

    private static bool Same((int Total, TrialFacets Facets) a, (int Total, TrialFacets Facets) b)
    {
        try
        {
            FacetComparison.AssertSame(a, b, string.Empty);
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }
}
