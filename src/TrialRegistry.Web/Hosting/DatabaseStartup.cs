using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using TrialRegistry.Data;
using TrialRegistry.DemoData;

namespace TrialRegistry.Web.Hosting;

public sealed class DatabaseStartupOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Apply pending migrations when the app starts. Null means "only in Development": production
    /// schema changes need this explicit opt-in or `make migrate`.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }
}

public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Load the demo data set (idempotent) at start; `make run` turns it on.</summary>
    public bool LoadOnStartup { get; set; }

    /// <summary>Create the README's demo accounts (idempotent); `make run` turns it on. Never in production.</summary>
    public bool Accounts { get; set; }
}

public static partial class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var demo = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        var cancellationToken = app.Lifetime.ApplicationStopping;

        await MigrateIfConfiguredAsync(app, cancellationToken);

        if (demo.LoadOnStartup)
        {
            var summary = await app.Services.GetRequiredService<DemoDataLoader>().LoadAsync(cancellationToken);
            LogDemoData(app.Logger, summary);
        }

        // The configured admin first: "no admin yet" must not count the demo admin.
        await AccountSeeding.EnsureFirstAdminAsync(app.Services, cancellationToken);
        if (demo.Accounts)
        {
            await AccountSeeding.EnsureDemoAccountsAsync(app.Services, cancellationToken);
        }
    }

    public static async Task MigrateIfConfiguredAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseStartupOptions>>().Value;
        if (database.MigrateOnStartup ?? app.Environment.IsDevelopment())
        {
            await app.Services.MigrateDatabaseAsync(cancellationToken);
        }
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        // EF probes for the history table by querying it, which logs an error on a fresh database;
        // creating it first (idempotent) keeps a first start's log clean.
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet();
        var pending = db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
        LogMigrations(logger, pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} pending migration(s): {Migrations}")]
    private static partial void LogMigrations(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Summary}")]
    private static partial void LogDemoData(ILogger logger, DemoDataSummary summary);
}
