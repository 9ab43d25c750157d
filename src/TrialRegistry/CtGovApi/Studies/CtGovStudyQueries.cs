using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>The reads behind <c>/api/v2/studies/{nctId}</c> and <c>/api/v2/version</c>.</summary>
public static class CtGovStudyQueries
{
    /// <summary>The version of the CT.gov API v2 contract this dialect follows (reference/ctg-oas-v2.yaml, info.version).</summary>
    public const string ApiVersion = "2.0.5";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The study in the CT.gov v2 shape, or null when the registry holds no such trial.</summary>
    public static async Task<JsonObject?> FindStudyAsync(RegistryDbContext db, string registryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trial = await db.Trials.AsNoTracking().WithRecord().SingleOrDefaultAsync(t => t.RegistryId == registryId, cancellationToken);
        return trial is null ? null : CtGovStudyDocument.ToJson(trial);
    }

    /// <summary>
    /// CT.gov's dataTimestamp (UTC, yyyy-MM-dd'T'HH:mm:ss): when the registry's data last changed,
    /// i.e. the latest trial update; null for an empty registry.
    /// </summary>
    public static async Task<string?> DataTimestampAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.Trials.MaxAsync(t => (DateTimeOffset?)t.UpdatedAt, cancellationToken);
        return latest?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The bytes the API serves for a study: UTF-8 JSON, unindented, with non-ASCII text as is (as
    /// CT.gov writes it; the body is application/json, never inlined into HTML). The stats measure
    /// these same bytes.
    /// </summary>
    public static byte[] ToUtf8Json(JsonObject study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return JsonSerializer.SerializeToUtf8Bytes(study, Json);
    }
}
