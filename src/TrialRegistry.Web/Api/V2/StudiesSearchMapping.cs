using TrialRegistry.Web.Api.V2;
using TrialRegistry.Web.Export;

// In the Api namespace, which the pipeline setup already imports.
namespace TrialRegistry.Web.Api;

public static class StudiesSearchMapping
{
    /// <summary><c>GET /api/v2/studies</c> and the search page's exports: one search, two front doors.</summary>
    public static IEndpointRouteBuilder MapStudiesSearchAndExports(this IEndpointRouteBuilder endpoints)
        => endpoints.MapStudiesSearch().MapTrialSearchExports();
}
