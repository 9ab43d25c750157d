namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// The CT.gov v2 <c>fields</c> parameter: a comma- or pipe-separated list of piece names (NCTId),
/// module or section names and dotted field paths (protocolSection.identificationModule).
/// </summary>
public static class CtGovFields
{
    /// <summary>Parses <paramref name="fields"/>; null or blank selects everything.</summary>
    public static bool TryParse(string? fields, out CtGovFieldSelection selection, out string? error)
    {
        error = null;
        selection = CtGovFieldSelection.All;
        if (fields is null)
        {
            return true;
        }

        var paths = new List<string>();
        foreach (var item in fields.Split([',', '|'], StringSplitOptions.TrimEntries))
        {
            if (item.Length == 0)
            {
                error = "The fields parameter must be a non-empty comma- or pipe-separated list.";
                return false;
            }

            if (!CtGovFieldPaths.TryResolve(item, out var path))
            {
                error = $"Unknown field '{item}' in the fields parameter.";
                return false;
            }

            paths.Add(path);
        }

        selection = new CtGovFieldSelection(paths);
        return true;
    }
}
