using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// Keeps the organizations, conditions and products indexes' trial counts current
/// (docs/decisions/0027-trial-counts.md): twice a second it recounts the names that committed writes
/// marked. With nothing marked a call costs one empty DELETE; with several app instances one refreshes
/// at a time (an advisory lock) and the others find nothing left or skip their turn.
/// </summary>
public sealed partial class TrialCountsJob(IDbContextFactory<RegistryDbContext> dbFactory, ILogger<TrialCountsJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var failing = false;
        do
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                var marks = await TrialCountRefresh.RunAsync(db, stoppingToken);
                if (marks > 0)
                {
                    LogRefreshed(marks);
                }

                failing = false;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database restarting, migrations not applied yet, a lock timeout: the marks stay and
                // the next turn takes them. Logged once per run of failures, not twice a second.
                if (!failing)
                {
                    LogFailed(exception);
                }

                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Trial counts: {Marks} marks recounted")]
    private partial void LogRefreshed(int marks);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trial counts refresh failed; retrying every half second")]
    private partial void LogFailed(Exception exception);
}
