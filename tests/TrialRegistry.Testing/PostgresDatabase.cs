using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using TrialRegistry.Data;
using Xunit;

namespace TrialRegistry.Testing;

/// <summary>
/// A fresh, uniquely named database on the test server, migrated to the current model, dropped
/// afterwards. Use as a class fixture: test classes never share data.
/// </summary>
public class PostgresDatabase : IAsyncLifetime
{
    public PostgresDatabase()
    {
        Name = $"test_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(TestPostgresServer.ConnectionString)
        {
            Database = Name,

            // Dropped databases must not linger in the pool of a long test run.
            Pooling = false,
        }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Whether <see cref="InitializeAsync"/> applies the migrations (off to test migrating itself).</summary>
    protected virtual bool Migrate => true;

    public RegistryDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(options, ConnectionString);
        return new RegistryDbContext(options.Options);
    }

    /// <summary>A context whose statements also pass through <paramref name="interceptor"/> (e.g. a <see cref="PlanRecorder"/>).</summary>
    public RegistryDbContext CreateContext(IInterceptor interceptor)
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(options, ConnectionString).AddInterceptors(interceptor);
        return new RegistryDbContext(options.Options);
    }

    public virtual async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{Name}\"");
        if (Migrate)
        {
            await using var db = CreateContext();
            await db.Database.MigrateAsync();
        }
    }

    public async Task DisposeAsync()
        => await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(TestPostgresServer.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>An empty database without the schema, for tests of migrating itself.</summary>
public sealed class EmptyPostgresDatabase : PostgresDatabase
{
    protected override bool Migrate => false;
}
