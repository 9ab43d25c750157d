using MudBlazor.Services;
using TrialRegistry.Data;
using TrialRegistry.DemoData;

using TrialRegistry.Web.Features.Reading;

namespace TrialRegistry.Web.Hosting;

public static class ServiceSetup
{
    public const string ConnectionStringName = "Registry";

    public static void AddRegistryServices(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings:{ConnectionStringName} (environment variable " +
                $"ConnectionStrings__{ConnectionStringName}), or start the app with `make run`, which provides a local PostgreSQL.");
        }

        builder.Services.AddRegistryData(connectionString);
        builder.Services.AddTransient<DemoDataLoader>();
        builder.Services.Configure<DatabaseStartupOptions>(builder.Configuration.GetSection(DatabaseStartupOptions.Section));
        builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection(DemoDataOptions.Section));

        // The daily staleness sweep (StatusRules:DailySweep, on by default; tests turn it off).
        if (builder.Configuration.GetValue(StaleStatusJob.EnabledSetting, defaultValue: true))
        {
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddHostedService<StaleStatusJob>();
        }

        // The in-memory facet index (docs/decisions/0024-facet-index.md), on unless Search:FacetIndex is false.
        if (builder.Configuration.GetValue(FacetIndexJob.EnabledSetting, defaultValue: true))
        {
            builder.Services.AddHostedService<FacetIndexJob>();
        }

        // The name indexes' trial counts, recounted from the marks writes leave (docs/decisions/0027-trial-counts.md).
        builder.Services.AddHostedService<TrialCountsJob>();

        builder.Services.AddSingleton<Import.ImportQueue>().AddHostedService<Import.ImportRunner>(); // background imports (0017)
        builder.Services.AddSingleton<Api.V2.StudySizeStatsCache>(); // /api/v2/stats/size: one pass over the studies per change
        builder.Services.AddSingleton(sp => new TrialRegistry.CtGovApi.Search.StudyWalkSnapshots(TimeProvider.System)); // exact walks in changing orders (0020)
        builder.Services.AddHttpContextAccessor();
        builder.AddRegistryAccounts();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddReaderHttp(builder.Configuration);
        builder.Services.AddMudServices();
        builder.Services.AddProblemDetails();
        builder.Services.AddApiDocumentation(); // /openapi/v1.json and /api/reference (OpenApiSetup)
        builder.AddApiRateLimiting(); // every /api path, per client address (RateLimitSetup)
        builder.Services.AddHealthChecks()
            .AddNpgSql(connectionString, name: "postgresql", tags: [HealthEndpoints.ReadyTag]);
    }
}
