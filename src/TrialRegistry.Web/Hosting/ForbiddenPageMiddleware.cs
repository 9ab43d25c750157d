using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using TrialRegistry.Web.Components.Pages.Account;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// Renders the friendly access-denied page into an empty 403 response, keeping the 403 and the
/// address the user asked for. UseStatusCodePagesWithReExecute takes one path for every status
/// (the app's is the not-found page), so 403 gets this small re-execution of its own, done the way
/// the framework does it: the access-denied page's endpoint, a fresh service scope, the re-execute
/// feature set. (Routing again is not needed: the endpoint is known; a pipeline branch would not
/// see the app's endpoints anyway, WebApplication gives branches their own routing.)
/// </summary>
public static class ForbiddenPageMiddleware
{
    public static void UseForbiddenPage(this WebApplication app)
    {
        var endpoints = new Lazy<Endpoint>(() => FindPage(app.Services.GetRequiredService<EndpointDataSource>()));
        app.Use(next => context => InvokeAsync(context, next, endpoints));
    }

    private static Endpoint FindPage(EndpointDataSource endpoints)
        => endpoints.Endpoints.OfType<RouteEndpoint>()
            .FirstOrDefault(e => string.Equals(e.RoutePattern.RawText?.Trim('/'), AccountPaths.AccessDenied.Trim('/'), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No endpoint serves {AccountPaths.AccessDenied}.");

    private static async Task InvokeAsync(HttpContext context, RequestDelegate next, Lazy<Endpoint> accessDenied)
    {
        await next(context);

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status403Forbidden || response.HasStarted
            || response.ContentLength.HasValue || !string.IsNullOrEmpty(response.ContentType)
            || context.Request.Path.StartsWithSegments("/api")
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var request = context.Request;
        var original = (Path: request.Path, PathBase: request.PathBase, Query: request.QueryString, Method: request.Method,
            Services: context.RequestServices, Endpoint: context.GetEndpoint(), RouteValues: request.RouteValues);
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = original.Path.Value ?? string.Empty,
            OriginalPathBase = original.PathBase.Value ?? string.Empty,
            OriginalQueryString = original.Query.HasValue ? original.Query.Value : null,
            Endpoint = original.Endpoint,
            RouteValues = new RouteValueDictionary(original.RouteValues),
        });

        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        context.SetEndpoint(accessDenied.Value);
        context.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
        request.Path = AccountPaths.AccessDenied;
        request.QueryString = QueryString.Empty;
        // A refused form post is shown as a page, not processed as a post to the access-denied page.
        request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            request.Path = original.Path;
            request.QueryString = original.Query;
            request.Method = original.Method;
            context.RequestServices = original.Services;
            context.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }
}
