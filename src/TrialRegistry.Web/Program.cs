using Serilog;
using TrialRegistry.Web.Hosting;

// Two-stage Serilog: this bootstrap logger reports start-up failures; the host's own logger
// (configured in AddRegistryLogging) takes over once configuration is read.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddRegistryLogging();
    builder.AddRegistryServices();

    var app = builder.Build();

    if (args.Contains(HostCommands.Migrate))
    {
        await app.Services.MigrateDatabaseAsync(app.Lifetime.ApplicationStopping);
        return 0;
    }

    if (args.Contains(HostCommands.CreateAdmin))
    {
        return await AdminCommand.RunAsync(app, args);
    }

    if (args.Contains(HostCommands.Import))
    {
        return await ImportCommand.RunAsync(app, args);
    }

    await app.PrepareDatabaseAsync();
    app.UseRegistryPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "TrialRegistry terminated unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
