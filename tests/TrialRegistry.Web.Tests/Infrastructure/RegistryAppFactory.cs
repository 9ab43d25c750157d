using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Testing;

namespace TrialRegistry.Web.Tests.Infrastructure;

/// <summary>
/// The real app (Program's own service setup) on its own empty PostgreSQL database: the app applies
/// the migrations and loads the demo data at start, exactly as `make run` does.
/// </summary>
public class RegistryAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new EmptyPostgresDatabase();

    protected virtual bool LoadDemoData => true;

    protected virtual string EnvironmentName => "Development";

    /// <summary>Null leaves Database:MigrateOnStartup unset, so the app's own default applies.</summary>
    protected virtual bool? MigrateOnStartup => true;

    protected virtual string ConnectionString => Database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Registry", ConnectionString);
        if (MigrateOnStartup is { } migrate)
        {
            builder.UseSetting("Database:MigrateOnStartup", migrate ? "true" : "false");
        }

        builder.UseSetting("DemoData:LoadOnStartup", LoadDemoData ? "true" : "false");

        // The staleness sweep would change demo records under the tests' feet.
        builder.UseSetting("StatusRules:DailySweep", "false");
        builder.UseSetting("Api:RateLimit:PermitsPerMinute", "1000000"); // tests make thousands of API calls; RateLimitTests uses its own low limit
        ConfigureSettings(builder);
    }

    /// <summary>Extra settings for a derived factory (builder.UseSetting("Admin:Email", ...)).</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    public virtual Task InitializeAsync() => Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        try
        {
            await DisposeAsync();
        }
        catch (AggregateException e)
        {
            // xunit reports a class cleanup failure by its outer message alone: say what failed inside.
            throw new InvalidOperationException(
                "Stopping the app failed: " + string.Join(" | ", e.Flatten().InnerExceptions.Select(inner => inner.ToString())), e);
        }
        finally
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>The app on real Kestrel at a free loopback port, for a real browser.</summary>
public sealed class KestrelRegistryApp : RegistryAppFactory
{
    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
