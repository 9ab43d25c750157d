using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TrialRegistry.CtGovApi.Search;
using TrialRegistry.CtGovApi.Studies;
using TrialRegistry.Data;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Web.Components.Pages.Trials.Search;

namespace TrialRegistry.Web.Export;

/// <summary>
/// Exports of the search page's current search (its own query string: q, the facets, from, to,
/// sort) as CT.gov current CSV or as a JSON array of CT.gov v2 studies, in the page's order. Both
/// stream: trials are read by keyset in batches of <see cref="BatchSize"/> and each batch is written
/// and flushed before the next is read, so an export of 100k trials holds one batch in memory.
/// The JSON array is one of the shapes the importer reads, so an export imports back.
/// </summary>
public static class TrialSearchExportEndpoints
{
    public const string CsvPath = "/trials/export.csv";
    public const string JsonPath = "/trials/export.json";
    public const int BatchSize = 500;

    public static IEndpointRouteBuilder MapTrialSearchExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, ExportCsvAsync).AllowAnonymous().WithTags("Exports").WithSummary("The search page's current search as ClinicalTrials.gov CSV (streamed)");
        endpoints.MapGet(JsonPath, ExportJsonAsync).AllowAnonymous().WithTags("Exports").WithSummary("The search page's current search as a JSON array of CT.gov v2 studies (streamed)");
        return endpoints;
    }

    private static async Task ExportCsvAsync(HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, FacetIndexHost facetIndex, CancellationToken cancellationToken)
    {
        var query = SearchOf(http);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Start(http, StudyCsvStream.ContentType, "csv");
        await using var csv = new StudyCsvStream(http.Response.Body, CtGovCsvRow.AllColumns);
        await csv.WriteHeaderAsync();
        await foreach (var batch in SearchCtGovStudies.ExportBatchesAsync(db, query, BatchSize, await facetIndex.GetFreshAsync(cancellationToken), cancellationToken))
        {
            await csv.WriteAsync(batch, cancellationToken);
        }
    }

    private static async Task ExportJsonAsync(HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, FacetIndexHost facetIndex, CancellationToken cancellationToken)
    {
        var query = SearchOf(http);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Start(http, "application/json; charset=utf-8", "json");

        // Utf8JsonWriter fills its own buffer; FlushAsync hands each batch to the body.
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartArray();
        await foreach (var batch in SearchCtGovStudies.ExportBatchesAsync(db, query, BatchSize, await facetIndex.GetFreshAsync(cancellationToken), cancellationToken))
        {
            foreach (var trial in batch)
            {
                CtGovStudyDocument.ToJson(trial).WriteTo(json);
            }

            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>The search as the page reads it from the same query string (values it ignores are ignored here too); every page of it.</summary>
    private static TrialSearchQuery SearchOf(HttpContext http)
    {
        var parsed = TrialSearchUrl.Parse(http.Request.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        return parsed.Query with { After = null, IncludeFacets = false };
    }

    private static void Start(HttpContext http, string contentType, string extension)
    {
        http.Response.ContentType = contentType;
        var name = $"trials-{DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{extension}";
        http.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
    }
}
