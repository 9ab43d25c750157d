using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrialRegistry.ContentChanges;
using TrialRegistry.Search.Facets;

namespace TrialRegistry.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{RegistryDbContext}"/> (and a scoped context for request
    /// handlers). Blazor components must use the factory: one context per operation.
    /// </summary>
    /// <remarks>
    /// Also registers the process's <see cref="FacetIndexHost"/> and <see cref="ContentChangeFeed"/>
    /// (their loops are started by the host application) and tells them of every write committed
    /// through these contexts.
    /// </remarks>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(sp => new FacetIndexHost(connectionString, sp.GetRequiredService<ILogger<FacetIndexHost>>()));
        services.AddSingleton<ILocalWriteObserver>(sp => sp.GetRequiredService<FacetIndexHost>());
        services.AddSingleton(sp => new ContentChangeFeed(connectionString, sp.GetRequiredService<ILogger<ContentChangeFeed>>()));
        services.AddSingleton<ILocalWriteObserver>(sp => sp.GetRequiredService<ContentChangeFeed>());
        services.AddSingleton<LocalWriteInterceptor>();
        services.AddDbContextFactory<RegistryDbContext>((sp, options) =>
            Configure(options, connectionString).AddInterceptors(sp.GetRequiredService<LocalWriteInterceptor>()));
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
