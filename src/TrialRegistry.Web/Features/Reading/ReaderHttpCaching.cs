using Microsoft.Net.Http.Headers;
using TrialRegistry.ContentChanges;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// HTTP caching for readers' pages. Anonymous readers get <c>Cache-Control: public</c> (a browser,
/// proxy or CDN may keep the page a minute), no cookie, an ETag and Last-Modified, and 304 Not
/// Modified when nothing they could see changed since their copy. Signed-in users get private,
/// uncached pages (their name and sign-out form are in them).
/// </summary>
public sealed class ReaderHttpCaching(RequestDelegate next, ContentChangeFeed feed, TimeProvider clock)
{
    /// <summary>How long a shared cache may serve a reader's page without asking again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private const string EnhancedNavigationHeader = "blazor-enhanced-nav";

    private static readonly object UpToDateKey = new();

    private static readonly string PublicCacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";

    /// <summary>
    /// Whether every change this process committed has been handed over to the readers' caches, so
    /// that the server cache may serve and keep this request's page.
    /// </summary>
    public static bool IsUpToDate(HttpContext context) => context.Items[UpToDateKey] is true;

    public async Task InvokeAsync(HttpContext context)
    {
        if (ReaderPages.PageOf(context) is null)
        {
            await next(context);
            return;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        // This process's own commits first: until they are handed over, a validator or cached page
        // could still describe what they replaced.
        var upToDate = await feed.CatchUpAsync(context.RequestAborted);
        context.Items[UpToDateKey] = upToDate;
        if (upToDate)
        {
            var version = ReaderVersion.Of(feed);
            if (version.IsNotModified(context.Request.Headers))
            {
                WriteNotModified(context.Response, version);
                return;
            }

            // Only this check answers If-Modified-Since: the server cache would compare it with its
            // page's whole-second date, which cannot tell two changes in one second apart.
            context.Request.Headers.Remove(HeaderNames.IfModifiedSince);

            // Set before rendering so a page stored in the server cache keeps them; a cached page
            // brings its own.
            context.Response.Headers.ETag = version.ETag.ToString();
            context.Response.Headers.LastModified = HeaderUtilities.FormatDate(version.LastModified(clock.GetUtcNow()));
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                headers.CacheControl = PublicCacheControl;
                headers.Remove(HeaderNames.Pragma); // antiforgery's "no-cache", left from the token it issued

                // The output cache gives this header back as "Allow", and blazor.web.js, which
                // compares it with "allow", then reloads the whole page instead of patching it.
                if (headers[EnhancedNavigationHeader] is [{ } allow] && allow != "allow" && allow.Equals("allow", StringComparison.OrdinalIgnoreCase))
                {
                    headers[EnhancedNavigationHeader] = "allow";
                }

                // Blazor issues an antiforgery token with every rendered page; a reader's page has
                // no form that posts, and a page that sets a cookie is one no shared cache may keep.
                var cookies = headers.SetCookie;
                if (cookies.Count > 0)
                {
                    headers.SetCookie = new(cookies.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray());
                }
            }
            else
            {
                headers.Remove(HeaderNames.ETag);
                headers.Remove(HeaderNames.LastModified);
            }

            return Task.CompletedTask;
        });

        await next(context);
    }

    private void WriteNotModified(HttpResponse response, ReaderVersion version)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers.ETag = version.ETag.ToString();
        response.Headers.LastModified = HeaderUtilities.FormatDate(version.LastModified(clock.GetUtcNow()));
        response.Headers.CacheControl = PublicCacheControl;
    }
}
