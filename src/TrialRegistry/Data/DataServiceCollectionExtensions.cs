using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace TrialRegistry.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{RegistryDbContext}"/> (and a scoped context for request
    /// handlers). Blazor components must use the factory: one context per operation.
    /// </summary>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<RegistryDbContext>(options => Configure(options, connectionString));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
        => options
            .UseNpgsql(WithoutJit(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Turns PostgreSQL's JIT off for the app's sessions unless the connection string sets Options:
    /// the registry's queries are short, and JIT compiling them costs more (up to ~185 ms measured
    /// at 100k trials) than it saves (docs/decisions/0008-search.md).
    /// </summary>
    internal static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }
}
