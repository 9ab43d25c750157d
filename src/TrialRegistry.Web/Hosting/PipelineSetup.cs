using Serilog;
using TrialRegistry.Web.Components;

namespace TrialRegistry.Web.Hosting;

public static class PipelineSetup
{
    public static void UseRegistryPipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        // API requests get RFC 7807 ProblemDetails for errors and unmatched routes; pages get the
        // Blazor error and not-found pages.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler();
                api.UseStatusCodePages();
            });
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages =>
            {
                if (!app.Environment.IsDevelopment())
                {
                    pages.UseExceptionHandler("/Error", createScopeForErrors: true);
                    pages.UseHsts();
                }

                pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
            });

        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRegistryHealthChecks();
        app.MapGroup("/api").MapFallback(() => Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found",
            detail: "No API endpoint matches this path."));
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
