namespace TrialRegistry.Web.Api.V2;

/// <summary>
/// CT.gov answers 400 with a message to a parameter it does not know, rather than ignoring it (a
/// misspelt filter would otherwise silently return everything); the single-study, version and stats
/// endpoints do the same.
/// </summary>
internal static class StudyQueryCheck
{
    /// <summary>A 400 ProblemDetails for the first unknown or repeated parameter, or null when all are known.</summary>
    public static IResult? Refuse(HttpRequest request, params string[] known)
    {
        foreach (var (name, values) in request.Query)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                return BadRequest($"Unknown parameter \"{name}\"");
            }

            if (values.Count > 1)
            {
                return BadRequest($"Parameter \"{name}\" is given more than once; separate list values with commas or pipes");
            }
        }

        return null;
    }

    public static IResult BadRequest(string detail)
        => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: detail);
}
