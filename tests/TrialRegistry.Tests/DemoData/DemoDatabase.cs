using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrialRegistry.Data;
using TrialRegistry.DemoData;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.DemoData;

/// <summary>A test database with the demo data loaded twice: what each load reported and what each left in every table.</summary>
public sealed class DemoDatabase : PostgresDatabase, IAsyncLifetime
{
    public DemoDataSummary FirstLoad { get; private set; } = null!;

    public DemoDataSummary SecondLoad { get; private set; } = null!;

    /// <summary>Per table: row count and a hash of all rows, after the first and after the second load.</summary>
    public IReadOnlyDictionary<string, string> AfterFirstLoad { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> AfterSecondLoad { get; private set; } = null!;

    public DemoDataLoader CreateLoader() => new(new Factory(this), NullLogger<DemoDataLoader>.Instance);

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        FirstLoad = await CreateLoader().LoadAsync();
        AfterFirstLoad = await SnapshotAsync();
        SecondLoad = await CreateLoader().LoadAsync();
        AfterSecondLoad = await SnapshotAsync();
    }

    private async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        await using var db = CreateContext();
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")
            .ToListAsync();
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // Every column of every row (ids and timestamps included): equal hashes mean equal rows.
            // The table names come from the catalog, not from input.
#pragma warning disable EF1002
            snapshot[table] = await db.Database.SqlQueryRaw<string>(
                $"SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS \"Value\" FROM \"{table}\" t")
                .SingleAsync();
#pragma warning restore EF1002
        }

        return snapshot;
    }

    private sealed class Factory(PostgresDatabase database) : IDbContextFactory<RegistryDbContext>
    {
        public RegistryDbContext CreateDbContext() => database.CreateContext();
    }
}
