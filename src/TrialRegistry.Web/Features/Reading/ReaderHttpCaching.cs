namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// HTTP caching for readers' pages. Anonymous readers get <c>Cache-Control: public</c> (a browser,
/// proxy or CDN may keep the page a minute) and no cookie; signed-in users get private, uncached
/// pages (their name and sign-out form are in them).
/// </summary>
public sealed class ReaderHttpCaching(RequestDelegate next)
{
    /// <summary>How long a shared cache may serve a reader's page without asking again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

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

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";

                // Blazor issues an antiforgery token with every rendered page; a reader's page has
                // no form that posts, and a page that sets a cookie is one no shared cache may keep.
                var cookies = context.Response.Headers.SetCookie;
                if (cookies.Count > 0)
                {
                    context.Response.Headers.SetCookie = new(cookies.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray());
                }
            }

            return Task.CompletedTask;
        });

        await next(context);
    }
}
