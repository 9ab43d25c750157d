namespace TrialRegistry.CtGovApi.Search;

/// <summary>The fields <c>sort</c> accepts: the ones the registry keeps a sort key and index for.</summary>
public enum CtGovSortField
{
    /// <summary>No sort given: CT.gov leaves the order undefined; we walk the registry's own ids (stable).</summary>
    None,
    NctId,
    LastUpdatePostDate,
    StartDate,
    EnrollmentCount,
    Relevance,
}

/// <summary>
/// A parsed <c>sort</c> value such as <c>LastUpdatePostDate</c>, <c>EnrollmentCount:desc</c> or
/// <c>@relevance</c>. CT.gov's default directions: dates descending, numbers ascending, relevance
/// descending (NCTId, a text, ascending). Studies missing the sort field always come last.
/// </summary>
public sealed record CtGovSort(CtGovSortField Field, bool Descending)
{
    public static readonly CtGovSort Unsorted = new(CtGovSortField.None, false);

    private static readonly (string Name, CtGovSortField Field, bool DefaultDescending)[] Known =
    [
        ("NCTId", CtGovSortField.NctId, false),
        ("LastUpdatePostDate", CtGovSortField.LastUpdatePostDate, true),
        ("StartDate", CtGovSortField.StartDate, true),
        ("EnrollmentCount", CtGovSortField.EnrollmentCount, false),
        ("@relevance", CtGovSortField.Relevance, true),
    ];

    /// <summary>Supported sort names, for messages.</summary>
    public static string SupportedNames => string.Join(", ", Known.Select(k => k.Name));

    /// <summary>The canonical text ("StartDate:desc"), which the page token is bound to.</summary>
    public override string ToString()
        => Field == CtGovSortField.None ? string.Empty : $"{Known.First(k => k.Field == Field).Name}:{(Descending ? "desc" : "asc")}";

    /// <summary>Parses one sort item; null and a message when it is not one we support.</summary>
    public static CtGovSort? Parse(string item, out string? error)
    {
        error = null;
        var text = item.Trim();
        var colon = text.LastIndexOf(':');
        var name = colon < 0 ? text : text[..colon].Trim();
        var direction = colon < 0 ? null : text[(colon + 1)..].Trim();
        var known = Known.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        if (known.Name is null)
        {
            error = $"sort: unsupported field \"{name}\"; supported: {SupportedNames}";
            return null;
        }

        bool descending;
        if (direction is null)
        {
            descending = known.DefaultDescending;
        }
        else if (direction.Equals("asc", StringComparison.OrdinalIgnoreCase))
        {
            descending = false;
        }
        else if (direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            descending = true;
        }
        else
        {
            error = $"sort: invalid direction \"{direction}\" in \"{item}\"; expected asc or desc";
            return null;
        }

        return new CtGovSort(known.Field, descending);
    }
}
