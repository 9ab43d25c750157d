using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// The OpenAPI document of the HTTP API (/openapi/v1.json, built by Microsoft.AspNetCore.OpenApi from
/// the minimal-API endpoints themselves) and its reference page (/api/reference, Scalar, served with
/// its script from the package: no CDN). Only /api/... endpoints and the trial feeds are described;
/// pages, sign-in, health checks and admin downloads are not part of the API.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/reference";

    private const string Description = """
        Read a TrialRegistry from scripts and notebooks.

        - **`/api/v2/...`** speaks the ClinicalTrials.gov API v2 dialect: the same paths, parameters and
          JSON shapes as https://clinicaltrials.gov/api/v2, for the studies this registry holds, so CT.gov
          clients work unchanged.
        - **`/api/registry/...`** serves what CT.gov has not: products with their linked clinical results,
          translational medicine, patents and deals; organizations; a study's version history.
        - **`/api/trials/...`** writes trials (signed in with the site's cookie, `If-Match` with the ETag).
        - **`/trials/feed.atom`** and **`/trials/feed.rss`** take the query string of the search page and
          list its newest updated trials.

        Errors are RFC 7807 ProblemDetails (`application/problem+json`). Every `/api` path is rate limited
        per client address (`Api:RateLimit:PermitsPerMinute`, 600 by default): past the limit the answer is
        `429 Too Many Requests` with a `Retry-After` header in seconds.
        """;

    public static void AddApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => IsDescribed(description.RelativePath);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "TrialRegistry API",
                    Version = "v1",
                    Description = Description,
                };
                return Task.CompletedTask;
            });

            // The limiter is global (RateLimitSetup), so no endpoint declares its 429: say it once here.
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true)
                {
                    operation.Responses ??= [];
                    operation.Responses.TryAdd("429", new OpenApiResponse
                    {
                        Description = "Too many API requests from this client address: retry after the Retry-After header's seconds (ProblemDetails).",
                        Headers = new Dictionary<string, IOpenApiHeader>
                        {
                            ["Retry-After"] = new OpenApiHeader
                            {
                                Description = "Seconds until the client's allowance is renewed.",
                                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                            },
                        },
                    });
                }

                return Task.CompletedTask;
            });
        });
    }

    public static void MapApiDocumentation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        endpoints.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("TrialRegistry API reference")
            .WithOpenApiRoutePattern(DocumentPath));
    }

    /// <summary>API paths and the feeds; relative paths have no leading slash ("api/v2/studies").</summary>
    private static bool IsDescribed(string? relativePath)
        => relativePath is not null
            && (relativePath.StartsWith("api/", StringComparison.OrdinalIgnoreCase)
                || relativePath.StartsWith("trials/feed.", StringComparison.OrdinalIgnoreCase));
}
