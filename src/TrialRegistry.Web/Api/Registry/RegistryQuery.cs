using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TrialRegistry.Common;

namespace TrialRegistry.Web.Api.Registry;

/// <summary>
/// Reads a registry endpoint's query string strictly, as ClinicalTrials.gov does: an unknown
/// parameter, a repeated one or a value that means nothing is a 400 that says which and why, never
/// silently ignored (a misspelt filter would otherwise return everything). Parameters are read as
/// text (declared on the handlers, so the OpenAPI document lists them) so that the message can name
/// the parameter; the framework's binding failure answers a bare 400.
/// </summary>
public sealed class RegistryQuery
{
    private readonly List<string> problems = [];

    /// <summary>Checks the names: each must be one of <paramref name="allowed"/>, given once.</summary>
    public RegistryQuery(HttpRequest request, params string[] allowed)
    {
        foreach (var name in request.Query.Keys)
        {
            if (!allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(allowed.Length == 0
                    ? $"Unknown parameter '{name}': this endpoint takes none."
                    : $"Unknown parameter '{name}'; expected one of: {string.Join(", ", allowed)}.");
            }
            else if (request.Query[name].Count > 1)
            {
                problems.Add($"Parameter '{name}' was given more than once.");
            }
        }
    }

    /// <summary>The trimmed value; null when absent or blank.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public int Integer(string name, string? value, int defaultValue, int min, int max)
    {
        var text = Text(value);
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        problems.Add($"Parameter '{name}' must be a whole number from {min} to {max}, not '{Shown(text)}'.");
        return defaultValue;
    }

    public int? OptionalInteger(string name, string? value, int min)
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min)
        {
            return number;
        }

        problems.Add($"Parameter '{name}' must be a whole number of at least {min}, not '{Shown(text)}'.");
        return null;
    }

    /// <summary>A value in the database's CT.gov spelling ("CELL_THERAPY").</summary>
    public TEnum? Enumeration<TEnum>(string name, string? value)
        where TEnum : struct, Enum
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        if (CtGovNames.TryParse<TEnum>(text, out var parsed))
        {
            return parsed;
        }

        problems.Add($"Parameter '{name}' must be one of {string.Join(", ", CtGovNames.ValuesOf<TEnum>())}, not '{Shown(text)}'.");
        return null;
    }

    /// <summary>One of a fixed list of words (a sort, an order); null when absent.</summary>
    public string? Choice(string name, string? value, params string[] choices)
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        var choice = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (choice is null)
        {
            problems.Add($"Parameter '{name}' must be one of {string.Join(", ", choices)}, not '{Shown(text)}'.");
        }

        return choice;
    }

    /// <summary>order=asc|desc; <paramref name="defaultDescending"/> when absent.</summary>
    public bool Descending(string? value, bool defaultDescending)
        => Choice(RegistryParameters.Order, value, "asc", "desc") is { } order ? order == "desc" : defaultDescending;

    /// <summary>page (from 1) and pageSize (1 to <see cref="RegistryParameters.MaxPageSize"/>).</summary>
    public (int Page, int PageSize) Paging(string? page, string? pageSize)
        => (Integer(RegistryParameters.Page, page, 1, 1, RegistryParameters.MaxPage),
            Integer(RegistryParameters.PageSize, pageSize, RegistryParameters.DefaultPageSize, 1, RegistryParameters.MaxPageSize));

    /// <summary>The 400 answer when anything was wrong; null when the query is good.</summary>
    public ProblemHttpResult? Problem()
        => problems.Count == 0
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad request",
                detail: string.Join(" ", problems),
                extensions: new Dictionary<string, object?> { ["errors"] = problems.ToArray() });

    private static string Shown(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}

/// <summary>Parameter names shared by the registry endpoints, and the paging limits.</summary>
public static class RegistryParameters
{
    public const string Query = "q";
    public const string Page = "page";
    public const string PageSize = "pageSize";
    public const string Sort = "sort";
    public const string Order = "order";
    public const string OrganizationId = "organizationId";

    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;
}

/// <summary>A page of a list: which page (from 1), its size, how many rows match in all, and the rows.</summary>
public sealed record RegistryPage<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);

/// <summary>404 answers in one wording.</summary>
public static class RegistryProblems
{
    public static ProblemHttpResult NotFound(string detail)
        => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
