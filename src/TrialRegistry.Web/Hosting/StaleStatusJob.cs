using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// Applies ClinicalTrials.gov's staleness rule to the whole registry once at start and then daily:
/// active studies whose status was last verified more than two years ago become UNKNOWN with their
/// last known status (<see cref="TrialStatusRules.MarkStaleAsync"/>, one UPDATE). Off with
/// StatusRules:DailySweep=false (the tests turn it off so their data does not change under them).
/// </summary>
public sealed partial class StaleStatusJob(IDbContextFactory<RegistryDbContext> dbFactory, ILogger<StaleStatusJob> logger, TimeProvider clock)
    : BackgroundService
{
    public const string EnabledSetting = "StatusRules:DailySweep";

    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                var changed = await TrialStatusRules.MarkStaleAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), stoppingToken);
                LogSwept(changed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed sweep (database restarting, migrations not applied yet) is retried tomorrow;
                // it must not take the app down.
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status sweep: {Count} trials not verified for two years are now UNKNOWN")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Status sweep failed; next attempt in a day")]
    private partial void LogFailed(Exception exception);
}
