using Microsoft.OpenApi;

namespace TrialRegistry.Web.Api.V2;

/// <summary>
/// The query parameters of <c>GET /api/v2/studies</c> for the OpenAPI document. The endpoint reads
/// the raw query string itself (an unknown parameter is a 400, and bad values get CT.gov's
/// messages rather than the binder's), so they are described here instead of bound.
/// </summary>
internal static class StudiesSearchOpenApi
{
    private static readonly (string Name, string Description, JsonSchemaType Type)[] Parameters =
    [
        ("format", "json (default) or csv: one page of the CT.gov CSV download columns, the header on the first page only.", JsonSchemaType.String),
        ("markupFormat", "markdown only.", JsonSchemaType.String),
        ("query.term", "Other terms: words, \"phrases\", OR, NOT; AREA[...] terms joined by AND filter as in filter.advanced.", JsonSchemaType.String),
        ("query.cond", "Conditions (name or MeSH term of one condition).", JsonSchemaType.String),
        ("query.intr", "Interventions (name or description of one intervention).", JsonSchemaType.String),
        ("query.titles", "Brief title, official title or acronym.", JsonSchemaType.String),
        ("query.outc", "Outcome measures.", JsonSchemaType.String),
        ("query.spons", "Lead sponsor or a collaborator.", JsonSchemaType.String),
        ("query.lead", "Lead sponsor name.", JsonSchemaType.String),
        ("query.locn", "A location: facility, city, state, zip or country.", JsonSchemaType.String),
        ("query.id", "Study ids: registry id, org study id or a secondary id, whole.", JsonSchemaType.String),
        ("filter.overallStatus", "Comma- or pipe-separated statuses (RECRUITING|COMPLETED).", JsonSchemaType.String),
        ("filter.ids", "Comma- or pipe-separated NCT ids.", JsonSchemaType.String),
        ("filter.geo", "distance(latitude,longitude,50mi): a location with coordinates within the distance (km or mi; mi without a unit).", JsonSchemaType.String),
        ("filter.advanced", "AREA[Phase]PHASE2, AREA[StudyType]INTERVENTIONAL, AREA[OverallStatus]…, AREA[HasResults]true, AREA[StartDate]RANGE[2020-01-01,MAX], AREA[LastUpdatePostDate]RANGE[…], AREA[EnrollmentCount]RANGE[10,100], joined by AND.", JsonSchemaType.String),
        ("postFilter.overallStatus", "As filter.overallStatus.", JsonSchemaType.String),
        ("postFilter.ids", "As filter.ids.", JsonSchemaType.String),
        ("postFilter.geo", "As filter.geo.", JsonSchemaType.String),
        ("postFilter.advanced", "As filter.advanced.", JsonSchemaType.String),
        ("geoDecay", "Accepted and ignored (no ranking by distance).", JsonSchemaType.String),
        ("fields", "JSON: CT.gov piece, module or field names; CSV: column names. Comma- or pipe-separated.", JsonSchemaType.String),
        ("sort", "One of NCTId, LastUpdatePostDate, StartDate, EnrollmentCount, @relevance, with :asc or :desc. None: a stable registry order.", JsonSchemaType.String),
        ("countTotal", "true: totalCount (JSON) and x-total-count (CSV) on the first page.", JsonSchemaType.Boolean),
        ("pageSize", "Studies per page: 10 when absent or 0, at most 1,000 (larger is coerced down).", JsonSchemaType.Integer),
        ("pageToken", "nextPageToken (JSON) or x-next-page-token (CSV) of the previous page; the other parameters as on the first page.", JsonSchemaType.String),
    ];

    public static RouteHandlerBuilder WithStudiesSearchParameters(this RouteHandlerBuilder builder)
        => builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description, type) in Parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Schema = new OpenApiSchema { Type = type },
                });
            }

            return Task.CompletedTask;
        });
}
