using System.Text.RegularExpressions;

namespace TrialRegistry.Import;

/// <summary>ClinicalTrials.gov registry identifiers: NCT followed by 8 digits.</summary>
public static partial class NctId
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^NCT[0-9]{8}$")]
    private static partial Regex Pattern();
}
