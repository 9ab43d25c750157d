using Microsoft.Net.Http.Headers;
using TrialRegistry.ContentChanges;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// The validators of readers' pages: what this process has seen change. The ETag names the process's
/// run and its content generation, so it changes with any change a reader could see (and with a
/// restart, which may bring new markup); Last-Modified is when the last change was handed over.
/// </summary>
internal readonly record struct ReaderVersion(string Instance, long Generation, DateTimeOffset ChangedAt)
{
    public static ReaderVersion Of(ContentChangeFeed feed) => new(feed.Instance, feed.Generation, feed.ChangedAt);

    public EntityTagHeaderValue ETag => new($"\"{Instance}-{Generation}\"", isWeak: true);

    /// <summary>
    /// HTTP dates have whole seconds: the change's time rounded up, so a page never claims a time
    /// before a change it may lack; and never after <paramref name="now"/>, as HTTP asks.
    /// </summary>
    public DateTimeOffset LastModified(DateTimeOffset now)
    {
        var ceiling = ChangedAtCeiling;
        var floorOfNow = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return ceiling < floorOfNow ? ceiling : floorOfNow;
    }

    /// <summary>Whether the client's copy, as its conditional headers describe it, is still this version.</summary>
    public bool IsNotModified(IHeaderDictionary requestHeaders)
    {
        // If-None-Match wins when both are sent (RFC 9110, 13.2.2).
        if (requestHeaders.IfNoneMatch.Count > 0)
        {
            var current = ETag;
            return EntityTagHeaderValue.TryParseList(requestHeaders.IfNoneMatch, out var tags)
                && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        // Only a date on or after every change up to now proves the copy current.
        return HeaderUtilities.TryParseDate(requestHeaders.IfModifiedSince.ToString(), out var since)
            && since >= ChangedAtCeiling;
    }

    private DateTimeOffset ChangedAtCeiling
    {
        get
        {
            var ticks = ChangedAt.UtcTicks;
            var rest = ticks % TimeSpan.TicksPerSecond;
            return new DateTimeOffset(rest == 0 ? ticks : ticks - rest + TimeSpan.TicksPerSecond, TimeSpan.Zero);
        }
    }
}
