namespace TrialRegistry.CtGovApi.Studies;

/// <summary>Resolves a CT.gov piece name or field path to the dotted JSON path of the study it selects.</summary>
internal static class CtGovFieldPaths
{
    private static readonly Dictionary<string, string> Pieces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ProtocolSection"] = "protocolSection",
        ["IdentificationModule"] = "protocolSection.identificationModule",
        ["StatusModule"] = "protocolSection.statusModule",
        ["NCTId"] = "protocolSection.identificationModule.nctId",
        ["BriefTitle"] = "protocolSection.identificationModule.briefTitle",
        ["OverallStatus"] = "protocolSection.statusModule.overallStatus",
        ["HasResults"] = "hasResults",
    };

    public static bool TryResolve(string item, out string path)
    {
        if (Pieces.TryGetValue(item, out var piece))
        {
            path = piece;
            return true;
        }

        path = item;
        return item.Contains('.', StringComparison.Ordinal) || item is "protocolSection" or "resultsSection" or "annotationSection" or "documentSection" or "derivedSection" or "hasResults";
    }
}
