using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TrialRegistry.Web.Hosting;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// /health/live answers as long as the process serves requests (no dependency checks, so a
    /// database outage does not get the app restarted); /health/ready also checks PostgreSQL.
    /// </summary>
    public static void MapRegistryHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}
