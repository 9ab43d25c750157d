using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
