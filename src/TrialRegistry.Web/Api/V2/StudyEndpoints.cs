using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Api.V2;

/// <summary>
/// <c>GET /api/v2/studies/{nctId}</c>, <c>/api/v2/version</c> and <c>/api/v2/stats/size</c> in the
/// ClinicalTrials.gov API v2 dialect (reference/ctg-oas-v2.yaml), so a CT.gov client reads this
/// registry as it reads CT.gov. Public and read-only; errors as ProblemDetails.
/// </summary>
public static class StudyEndpoints
{
    public const string Tag = "ClinicalTrials.gov API v2";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var v2 = endpoints.MapGroup("/api/v2").AllowAnonymous().WithTags(Tag);
        v2.MapGet("/studies/{nctId}", GetStudyAsync)
            .WithName("fetchStudy")
            .WithSummary("Single Study")
            .WithDescription("The study in the CT.gov v2 JSON shape. nctId is an NCT number (any case, leading zeros optional) or another id the registry holds (TRG-000123). fields selects piece names (NCTId, BriefTitle), module names (ConditionsModule) or field paths (protocolSection.identificationModule), comma- or pipe-separated.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v2.MapVersionEndpoints();
        v2.MapStatsEndpoints();
        return endpoints;
    }

    private static async Task<IResult> GetStudyAsync(
        string nctId, HttpRequest request, IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken,
        [FromQuery] string? format = null, [FromQuery] string? markupFormat = null, [FromQuery] string? fields = null)
    {
        if (StudyQueryCheck.Refuse(request, "format", "markupFormat", "fields") is { } refused)
        {
            return refused;
        }

        if (format is not (null or "json"))
        {
            return StudyQueryCheck.BadRequest(format is "csv" or "json.zip" or "fhir.json" or "ris"
                ? $"Format \"{format}\" is not offered for a single study by this registry; use format=json (GET /api/v2/studies?filter.ids={nctId}&format=csv gives CSV)"
                : $"Format \"{format}\" is not one of csv, json, json.zip, fhir.json, ris");
        }

        // Texts are stored as registered (CommonMark-compatible plain text); the legacy PRS markup is not kept.
        if (markupFormat is not (null or "markdown"))
        {
            return StudyQueryCheck.BadRequest(markupFormat == "legacy"
                ? "markupFormat \"legacy\" is not supported by this registry; texts are served as markdown"
                : $"markupFormat \"{markupFormat}\" is not one of markdown, legacy");
        }

        if (!CtGovFields.TryParse(fields, out var selection, out var fieldsError))
        {
            return StudyQueryCheck.BadRequest(fieldsError!);
        }

        if (!CtGovStudyId.TryNormalize(nctId, out var registryId))
        {
            return StudyQueryCheck.BadRequest($"\"{nctId}\" is not a study id: an NCT number (NCT01234567) or an id this registry holds (TRG-000123)");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var study = await CtGovStudyQueries.FindStudyAsync(db, registryId, cancellationToken);
        return study is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"Study {registryId} not found")
            : Results.Bytes(CtGovStudyQueries.ToUtf8Json(selection.Apply(study)), "application/json; charset=utf-8");
    }
}
