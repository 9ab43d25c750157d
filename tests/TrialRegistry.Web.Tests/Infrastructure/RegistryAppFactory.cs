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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Registry", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("DemoData:LoadOnStartup", LoadDemoData ? "true" : "false");
    }

    public virtual Task InitializeAsync() => Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
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
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
