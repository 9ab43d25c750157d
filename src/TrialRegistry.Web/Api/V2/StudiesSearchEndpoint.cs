using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.CtGovApi.Search;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Data;
using TrialRegistry.Web.Export;

namespace TrialRegistry.Web.Api.V2;

/// <summary>
/// <c>GET /api/v2/studies</c> as ClinicalTrials.gov answers it (../shared/reference/ctg-oas-v2.yaml):
/// JSON <c>{"totalCount", "studies", "nextPageToken"}</c> or one CSV page (header on the first page
/// only, <c>x-total-count</c> and <c>x-next-page-token</c> headers); a bad request is a 400 with the
/// message as plain text. Parsing and the search are in the domain (CtGovApi/Search); paging in
/// docs/decisions/0020-ctgov-studies-paging.md.
/// </summary>
public static class StudiesSearchEndpoint
{
    public const string TotalCountHeader = "x-total-count";
    public const string NextPageTokenHeader = "x-next-page-token";

    public static IEndpointRouteBuilder MapStudiesSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v2/studies", SearchAsync)
            .AllowAnonymous()
            .WithTags("ClinicalTrials.gov API v2")
            .WithSummary("Studies matching query and filter parameters, page by page (CT.gov listStudies)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status400BadRequest, contentType: "text/plain")
            .WithStudiesSearchParameters();
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, StudyWalkSnapshots snapshots, CancellationToken cancellationToken)
    {
        CtGovStudiesRequest request;
        CtGovStudiesPage page;
        CtGovFieldSelection selection = CtGovFieldSelection.All;
        IReadOnlyList<string> columns = CtGovCsvRow.AllColumns;
        try
        {
            request = CtGovStudiesParameters.Parse(http.Request.Query);
            string? error;
            var fieldsOk = request.Format == CtGovFormat.Csv
                ? CtGovCsvRow.TrySelectColumns(request.Fields, out columns, out error)
                : CtGovFields.TryParse(request.Fields, out selection, out error);
            if (!fieldsOk)
            {
                return BadRequest(error!);
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            page = await SearchCtGovStudies.RunAsync(db, request, snapshots, cancellationToken);
        }
        catch (CtGovRequestException e)
        {
            return BadRequest(e.Message);
        }

        if (page.TotalCount is { } total)
        {
            http.Response.Headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);
        }

        if (page.NextPageToken is { } token)
        {
            http.Response.Headers[NextPageTokenHeader] = token;
        }

        return request.Format == CtGovFormat.Csv
            ? new StudiesCsvPageResult(page, columns, header: request.PageToken is null)
            : new StudiesJsonPageResult(page, selection);
    }

    private static IResult BadRequest(string message) => Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The JSON page, written study by study (a page may hold 1,000 studies).</summary>
    private sealed class StudiesJsonPageResult(CtGovStudiesPage page, CtGovFieldSelection selection) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(httpContext.Response.Body);
            json.WriteStartObject();
            if (page.TotalCount is { } total)
            {
                json.WriteNumber("totalCount", total);
            }

            json.WriteStartArray("studies");
            foreach (var trial in page.Studies)
            {
                var study = CtGovStudyDocument.ToJson(trial);
                (selection.IsAll ? study : selection.Apply(study)).WriteTo(json);
                if (json.BytesPending > 64 * 1024)
                {
                    await json.FlushAsync(httpContext.RequestAborted);
                }
            }

            json.WriteEndArray();
            if (page.NextPageToken is { } token)
            {
                json.WriteString("nextPageToken", token);
            }

            json.WriteEndObject();
            await json.FlushAsync(httpContext.RequestAborted);
        }
    }
}
