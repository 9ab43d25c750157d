using System.Text.Json.Nodes;

namespace TrialRegistry.Web.Api.V2;

/// <summary><c>GET /api/v2/stats/size</c>: sizes of the study JSON the registry serves (schema GzipStats).</summary>
public static class StatsEndpoints
{
    internal static RouteGroupBuilder MapStatsEndpoints(this RouteGroupBuilder v2)
    {
        v2.MapGet("/stats/size", GetSizesAsync)
            .WithName("sizeStats")
            .WithSummary("Study Sizes")
            .WithDescription("Statistics of study JSON sizes: total, average, the ten largest studies, percentiles and size ranges.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return v2;
    }

    private static async Task<IResult> GetSizesAsync(HttpRequest request, StudySizeStatsCache sizes, CancellationToken cancellationToken)
    {
        if (StudyQueryCheck.Refuse(request) is { } refused)
        {
            return refused;
        }

        return Results.Json(await sizes.GetAsync(cancellationToken));
    }
}
