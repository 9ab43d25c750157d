using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Hosting;

/// <summary>The app without demo data: start-up and endpoints only.</summary>
public sealed class BareRegistryApp : RegistryAppFactory
{
    protected override bool LoadDemoData => false;
}

/// <summary>The app as deployed: Production, no migration opt-in.</summary>
public sealed class ProductionRegistryApp : RegistryAppFactory
{
    protected override bool LoadDemoData => false;

    protected override string EnvironmentName => "Production";

    protected override bool? MigrateOnStartup => null;
}

/// <summary>The app pointed at a port where no PostgreSQL listens.</summary>
public sealed class UnreachableDatabaseApp : RegistryAppFactory
{
    protected override bool LoadDemoData => false;

    protected override bool? MigrateOnStartup => false;

    protected override string ConnectionString => "Host=127.0.0.1;Port=9;Database=nowhere;Username=postgres;Timeout=2";
}
