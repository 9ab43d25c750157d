using TrialRegistry.Web.Api.V2;

// In the Api namespace, beside the other Map… extensions the pipeline calls.
namespace TrialRegistry.Web.Api;

public static class StudyEndpointsMapping
{
    /// <summary>Maps <c>/api/v2/studies/{nctId}</c>, <c>/api/v2/version</c> and <c>/api/v2/stats/size</c> (see <see cref="StudyEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapCtGovStudyEndpoints(this IEndpointRouteBuilder endpoints)
        => StudyEndpoints.Map(endpoints);
}
