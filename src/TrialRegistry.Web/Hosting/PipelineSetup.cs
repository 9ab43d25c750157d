using Serilog;
using TrialRegistry.Web.Api;
using TrialRegistry.Web.Api.Registry;
using TrialRegistry.Web.Components;
using TrialRegistry.Web.Features.Reading;
using TrialRegistry.Web.Features.Seo;
using TrialRegistry.Web.Feeds;
using TrialRegistry.Web.Import;

namespace TrialRegistry.Web.Hosting;

public static class PipelineSetup
{
    public static void UseRegistryPipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseApiRateLimiting();

        // Pages get the Blazor error and not-found pages. These handlers are registered on the app
        // itself (re-executing inside a UseWhen branch skips routing); the /api branch below sits
        // inside them and answers first with RFC 7807 ProblemDetails, so they never see API errors.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler();
                api.UseStatusCodePages();
            });

        // Forbidden pages (a signed-in user without the right) answer 403 with the access-denied page.
        app.UseForbiddenPage();
        app.UseAuthentication();
        app.UseReaderHttp();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRegistryHealthChecks();
        app.MapAccountEndpoints();
        app.MapTrialWriteEndpoints();
        app.MapLinkedRecordTemplates();
        app.MapRegistryApi();
        app.MapApiDocumentation();
        app.MapTrialFeeds();
        app.MapStudiesSearchAndExports();
        app.MapCtGovStudyEndpoints();
        app.MapGroup("/api").MapFallback(() => Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found",
            detail: "No API endpoint matches this path."));
        app.MapSeoEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithHead();
    }
}
