using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Web.Security;

namespace TrialRegistry.Web.Api;

/// <summary>
/// Writing trials over HTTP, for scripts and for anyone who bypasses the editor: the same
/// <see cref="SaveTrial"/> use case, so the same rights, rules, history and audit. The record is the
/// editor's <see cref="TrialDraft"/> JSON; optimistic concurrency uses the standard ETag / If-Match
/// pair (the ETag is the trial's concurrency token). See docs/decisions/0011-trial-editing.md.
/// </summary>
public static class TrialWriteEndpoints
{
    /// <summary>camelCase like the rest of the API, case-insensitive on input, enums by name ("Recruiting").</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IEndpointRouteBuilder MapTrialWriteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var trials = endpoints.MapGroup("/api/trials").WithTags("Trial editing");

        // Public: what the editor starts from, and the ETag to send back with If-Match.
        trials.MapGet("/{registryId}/draft", GetDraftAsync);
        trials.MapPost("/", CreateAsync).RequireAuthorization(RegistryPolicies.CreateTrial);
        trials.MapPut("/{registryId}", UpdateAsync).RequireAuthorization(RegistryPolicies.EditTrial);
        return endpoints;
    }

    /// <summary>The body of a write: the record and an optional note for its history.</summary>
    public sealed record TrialWriteRequest(TrialDraft? Trial, string? ChangeNote);

    private static async Task<IResult> GetDraftAsync(string registryId, IDbContextFactory<RegistryDbContext> dbFactory, HttpContext http, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await TrialEditQueries.LoadDraftAsync(db, registryId, cancellationToken);
        if (draft is null)
        {
            return NoSuchTrial(registryId);
        }

        http.Response.Headers.ETag = ETagOf(draft.Version);
        return Results.Json(draft, Json);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var (request, error) = await ReadAsync(http, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await SaveTrial.RunAsync(db, null, request!.Trial!, ActorOf(http), request.ChangeNote, Today(), cancellationToken);
        return await ToResultAsync(result, db, http, created: true, cancellationToken);
    }

    private static async Task<IResult> UpdateAsync(string registryId, HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (!TryReadIfMatch(http, out var version))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match required",
                detail: "Send the ETag of GET /api/trials/{registryId}/draft in an If-Match header, so a change made since you read the trial is not overwritten.");
        }

        var (request, error) = await ReadAsync(http, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        request!.Trial!.Version = version;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await SaveTrial.RunAsync(db, registryId, request.Trial, ActorOf(http), request.ChangeNote, Today(), cancellationToken);
        return await ToResultAsync(result, db, http, created: false, cancellationToken);
    }

    private static async Task<IResult> ToResultAsync(SaveTrialResult result, RegistryDbContext db, HttpContext http, bool created, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case SaveTrialResult.Saved saved:
                var stored = await db.Trials.AsNoTracking().Where(t => t.RegistryId == saved.RegistryId).Select(t => t.Version).SingleAsync(cancellationToken);
                http.Response.Headers.ETag = ETagOf(stored);
                var body = new { registryId = saved.RegistryId, version = saved.VersionNumber };
                return created ? Results.Created($"/trials/{saved.RegistryId}", body) : Results.Ok(body);
            case SaveTrialResult.Invalid invalid:
                return Results.ValidationProblem(
                    invalid.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                    title: "The trial is not valid",
                    detail: "Nothing was saved. Each error is keyed by the field's path in the record.");
            case SaveTrialResult.Conflict conflict:
                http.Response.Headers.ETag = ETagOf(conflict.Theirs.Version);
                return Results.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Changed by someone else",
                    detail: $"{conflict.ChangedBy} saved this trial at {conflict.ChangedAt:u} after you read it. Nothing was saved: read it again, re-apply your changes and send the new ETag.",
                    extensions: new Dictionary<string, object?> { ["changedBy"] = conflict.ChangedBy, ["changedAt"] = conflict.ChangedAt });
            case SaveTrialResult.Forbidden forbidden:
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: forbidden.Reason);
            case SaveTrialResult.NotFound missing:
                return NoSuchTrial(missing.RegistryId);
            default:
                throw new InvalidOperationException($"Unexpected save result {result.GetType().Name}.");
        }
    }

    private static async Task<(TrialWriteRequest? Request, IResult? Error)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "JSON expected", detail: "Send the trial as application/json."));
        }

        try
        {
            var request = await JsonSerializer.DeserializeAsync<TrialWriteRequest>(http.Request.Body, Json, cancellationToken);
            return request?.Trial is null
                ? (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Trial missing", detail: "The body must be {\"trial\": {...}, \"changeNote\": \"...\"}."))
                : (request, null);
        }
        catch (JsonException exception)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: exception.Message));
        }
    }

    private static bool TryReadIfMatch(HttpContext http, out uint version)
    {
        version = 0;
        var value = http.Request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && uint.TryParse(value[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    private static string ETagOf(uint version) => new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\"").ToString();

    // The endpoints require a signed-in user, so there is always an actor.
    private static Actor ActorOf(HttpContext http)
        => CurrentActor.From(http.User, http) ?? throw new InvalidOperationException("An authorized request without a user.");

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static IResult NoSuchTrial(string registryId)
        => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such trial", detail: $"No trial has the registry id '{registryId}'.");
}
