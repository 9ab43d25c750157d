using Serilog;
using Serilog.Formatting.Compact;

namespace TrialRegistry.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Readable console lines in Development, one JSON object per line elsewhere (for log shippers).
    /// Levels come from the "Serilog" configuration section.
    /// </summary>
    public static void AddRegistryLogging(this WebApplicationBuilder builder)
    {
        var readable = builder.Environment.IsDevelopment();

        // preserveStaticLogger: the host owns its logger, so several hosts in one process (tests)
        // never fight over the static bootstrap logger.
        builder.Services.AddSerilog(
            (services, configuration) =>
            {
                configuration
                    .ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext();
                if (readable)
                {
                    configuration.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
                }
                else
                {
                    configuration.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            preserveStaticLogger: true);
    }
}
