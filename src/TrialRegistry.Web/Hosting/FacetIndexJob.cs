using TrialRegistry.Search.Facets;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// Runs the process's facet index loop (<see cref="FacetIndexHost"/>): built in the background at
/// start, while searches count with SQL, then kept exact by the database's notifications.
/// </summary>
public sealed class FacetIndexJob(FacetIndexHost host) : BackgroundService
{
    /// <summary>Set to false to count every search's facets with SQL (for comparison or diagnosis).</summary>
    public const string EnabledSetting = "Search:FacetIndex";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => host.RunAsync(stoppingToken);
}
