using TrialRegistry.CtGovApi.Search;
using TrialRegistry.Web.Export;

namespace TrialRegistry.Web.Api.V2;

/// <summary>One page of <c>GET /api/v2/studies?format=csv</c>: the header row on the first page only, as CT.gov.</summary>
internal sealed class StudiesCsvPageResult(CtGovStudiesPage page, IReadOnlyList<string> columns, bool header) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = StudyCsvStream.ContentType;
        await using var csv = new StudyCsvStream(httpContext.Response.Body, columns);
        if (header)
        {
            await csv.WriteHeaderAsync();
        }

        await csv.WriteAsync(page.Studies, httpContext.RequestAborted);
    }
}
