using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using TrialRegistry.ContentChanges;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// Caches anonymous readers' pages on the server (docs/decisions/0031-reader-page-cache.md), tagged
/// so that <see cref="ReaderPageCache"/> evicts exactly the pages a change touches. Nothing is
/// cached or served from the cache while the content feed is not following the database, or before
/// this process's own writes have been handed over (<see cref="ReaderHttpCaching"/> waits for them).
/// </summary>
public sealed class ReaderOutputCachePolicy(ContentChangeFeed feed, IOptions<ReaderCacheOptions> options) : IOutputCachePolicy
{
    /// <summary>
    /// Enhanced navigation asks with <c>Accept: text/html; blazor-enhanced-nav=on</c>, and the search
    /// page streams its results only then: a full load (JavaScript off, crawlers) must never get a
    /// streamed page, whose results only blazor.web.js would show.
    /// </summary>
    private const string VaryByHeader = "Accept";

    private static readonly object GenerationKey = new();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var cacheable = options.Value.Enabled
            && ReaderPages.PageOf(http) is not null
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey("Authorization")
            && ReaderHttpCaching.IsUpToDate(http);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = cacheable;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = options.Value.Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = VaryByHeader;
        context.Tags.Add(ReaderCacheTags.All);
        context.Tags.Add(http.GetRouteValue(ReaderCacheTags.TrialRouteValue) is string registryId
            ? ReaderCacheTags.Trial(registryId)
            : ReaderCacheTags.Lists);
        http.Items[GenerationKey] = feed.Generation;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;

        // A change handed over while this page rendered may have been evicted before the page is
        // stored: it may hold what the change replaced, so it is served but not kept.
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Items[GenerationKey] is not long generation
            || generation != feed.Generation)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
