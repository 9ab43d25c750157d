namespace TrialRegistry.Web.Api.Registry;

/// <summary>
/// The registry's own read endpoints under /api/registry: what ClinicalTrials.gov's API v2 has no
/// place for (products and their linked records, organizations, a study's version history). Public
/// and read-only like the pages that show the same data; JSON in camelCase; enumerations in the
/// database's CT.gov spelling ("CELL_THERAPY", "PHASE2"); errors as ProblemDetails
/// (docs/decisions/0021-registry-api-and-rate-limit.md).
/// </summary>
public static class RegistryApi
{
    public const string Prefix = "/api/registry";

    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.MapGroup(Prefix)
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        registry.MapProductEndpoints();
        registry.MapOrganizationEndpoints();
        registry.MapStudyHistoryEndpoints();
        return endpoints;
    }
}
