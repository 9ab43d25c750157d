using Microsoft.AspNetCore.OutputCaching;
using TrialRegistry.ContentChanges;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// Follows the database's content changes (<see cref="ContentChangeFeed"/>) and evicts the cached
/// readers' pages they touch. Runs whether or not the cache is on: the feed's generation is also
/// what readers' ETags are made of.
/// </summary>
public sealed class ReaderPageCache(ContentChangeFeed feed, IOutputCacheStore store) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => feed.RunAsync(EvictAsync, stoppingToken);

    private async Task EvictAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.AllTrials)
        {
            await store.EvictByTagAsync(ReaderCacheTags.All, cancellationToken);
            return;
        }

        foreach (var registryId in change.RegistryIds)
        {
            await store.EvictByTagAsync(ReaderCacheTags.Trial(registryId), cancellationToken);
        }

        await store.EvictByTagAsync(ReaderCacheTags.Lists, cancellationToken);
    }
}
