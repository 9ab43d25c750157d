using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Api.V2;

/// <summary><c>GET /api/v2/version</c>: the contract's API version and when the registry's data last changed.</summary>
public static class VersionEndpoints
{
    // dataTimestamp is left out, not null, for an empty registry (the schema's string, additionalProperties: false).
    private static readonly JsonSerializerOptions VersionJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Schema Version of the contract (apiVersion required, dataTimestamp optional).</summary>
    public sealed record VersionInfo(string ApiVersion, string? DataTimestamp);

    internal static RouteGroupBuilder MapVersionEndpoints(this RouteGroupBuilder v2)
    {
        v2.MapGet("/version", GetVersionAsync)
            .WithName("version")
            .WithSummary("Version")
            .WithDescription("API version (semantic versioning) and data version: the UTC time of the latest change to a study, yyyy-MM-dd'T'HH:mm:ss.")
            .Produces<VersionInfo>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return v2;
    }

    private static async Task<IResult> GetVersionAsync(HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (StudyQueryCheck.Refuse(request) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var timestamp = await CtGovStudyQueries.DataTimestampAsync(db, cancellationToken);

        return Results.Json(new VersionInfo(CtGovStudyQueries.ApiVersion, timestamp), VersionJson);
    }
}
