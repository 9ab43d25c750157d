using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Trials;
using TrialRegistry.Trials.History;

namespace TrialRegistry.Web.Api.Registry;

/// <summary>One saved version of a study, as the public history page lists it.</summary>
/// <param name="ChangedBy">Who saved it, exactly as the history page shows it; "import" or "demo-data" for those sources.</param>
/// <param name="Source">EDIT, IMPORT or DEMO_DATA.</param>
public sealed record StudyVersion(int Number, DateTimeOffset CreatedAt, string ChangedBy, string Source, string? Note);

/// <summary>A study's versions, newest first; empty when nothing changed since it arrived (<paramref name="CreatedAt"/>).</summary>
public sealed record StudyHistoryDocument(string RegistryId, string BriefTitle, DateTimeOffset CreatedAt, IReadOnlyList<StudyVersion> Versions);

/// <summary>One version with the whole record as it was saved.</summary>
/// <param name="Snapshot">The record in the shape of GET /api/trials/{registryId}/draft (camelCase, enumerations by name).</param>
public sealed record StudyVersionDocument(
    string RegistryId, int Number, DateTimeOffset CreatedAt, string ChangedBy, string Source, string? Note, JsonNode Snapshot);

/// <summary>
/// A study's version history (docs/decisions/0012-history-and-diff.md), public like /trials/{id}/history
/// and showing no more than it: the list comes from <see cref="TrialHistory"/>, the page's own query.
/// The user id behind an edit is never exposed.
/// </summary>
public static class StudyHistoryEndpoints
{
    private const string Tag = "Registry: study history";

    public static void MapStudyHistoryEndpoints(this RouteGroupBuilder registry)
    {
        var studies = registry.MapGroup("/studies/{registryId}/versions").WithTags(Tag);
        studies.MapGet("/", ListAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A study's versions")
            .WithDescription("Every saved version of the study (NCT or registry id), newest first: number, when (UTC), who, source and note.");
        studies.MapGet("/{number:int}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One version of a study")
            .WithDescription("The version's details and the whole record as it was saved.");
    }

    private static async Task<Results<Ok<StudyHistoryDocument>, ProblemHttpResult>> ListAsync(
        string registryId, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (new RegistryQuery(request).Problem() is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var history = await TrialHistory.LoadAsync(db, Normalize(registryId), cancellationToken);
        if (history is null)
        {
            return NoSuchStudy(registryId);
        }

        var versions = history.Versions
            .Select(v => new StudyVersion(v.Number, v.CreatedAt, v.ChangedBy, CtGovNames.ToCtGov(v.Source), v.ChangeNote))
            .ToList();
        return TypedResults.Ok(new StudyHistoryDocument(history.RegistryId, history.BriefTitle, history.CreatedAt, versions));
    }

    private static async Task<Results<Ok<StudyVersionDocument>, ProblemHttpResult>> GetAsync(
        string registryId, int number, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (new RegistryQuery(request).Problem() is { } problem)
        {
            return problem;
        }

        var id = Normalize(registryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var version = await db.TrialVersions.AsNoTracking()
            .Where(v => v.Trial.RegistryId == id && v.Number == number)
            .Select(v => new { v.Trial.RegistryId, v.Number, v.CreatedAt, v.ChangedBy, v.Source, v.ChangeNote, v.Snapshot })
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return await db.Trials.AnyAsync(t => t.RegistryId == id, cancellationToken)
                ? RegistryProblems.NotFound(string.Create(CultureInfo.InvariantCulture, $"Study {id} has no version {number}."))
                : NoSuchStudy(registryId);
        }

        return TypedResults.Ok(new StudyVersionDocument(
            version.RegistryId,
            version.Number,
            version.CreatedAt,
            version.ChangedBy,
            CtGovNames.ToCtGov(version.Source),
            version.ChangeNote,
            CamelCase(version.Snapshot.RootElement) ?? new JsonObject()));
    }

    /// <summary>
    /// Snapshots are stored with the editor's PascalCase names; the API speaks camelCase. Renaming the
    /// keys of the stored JSON (rather than reading it back into today's draft class) keeps every
    /// field of an old snapshot, whatever the class has become since.
    /// </summary>
    public static JsonNode? CamelCase(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject()
            .Select(p => KeyValuePair.Create(JsonNamingPolicy.CamelCase.ConvertName(p.Name), CamelCase(p.Value)))),
        JsonValueKind.Array => new JsonArray(element.EnumerateArray().Select(CamelCase).ToArray()),
        JsonValueKind.Null => null,
        _ => JsonValue.Create(element),
    };

    /// <summary>Ids are matched as stored: other WHO registers' ids keep their case ("ChiCTR2000029308").</summary>
    private static string Normalize(string registryId) => registryId.Trim();

    private static ProblemHttpResult NoSuchStudy(string registryId)
        => RegistryProblems.NotFound($"There is no study {registryId.Trim()}.");
}
