using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// HTTP caching for readers' pages. Anonymous readers get <c>Cache-Control: public</c> (a browser,
/// proxy or CDN may keep the page a minute, then revalidate) and, on pages that render in one piece,
/// an ETag from the page's bytes with 304 when it has not changed; signed-in users get private,
/// uncached pages (their name and sign-out form are in them).
/// </summary>
public sealed class ReaderHttpCaching(RequestDelegate next)
{
    /// <summary>How long a shared cache may serve a reader's page without asking again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    public async Task InvokeAsync(HttpContext context)
    {
        if (ReaderPages.PageOf(context) is not { } page)
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

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
            }

            return Task.CompletedTask;
        });

        if (ReaderPages.Streams(page))
        {
            await next(context);
            return;
        }

        await RespondWithETagAsync(context);
    }

    // The page is rendered into memory (a record page is tens of kilobytes), hashed, and sent, or
    // replaced by a 304 when the reader already holds those bytes.
    private async Task RespondWithETagAsync(HttpContext context)
    {
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
            return;
        }

        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"");
        context.Response.Headers.ETag = etag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } known
            && known.Any(k => k.Compare(etag, useStrongComparison: false) || k.Equals(EntityTagHeaderValue.Any)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentLength = null;
            return;
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }
}
