using System.Text.RegularExpressions;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// PubMed identifiers (PMIDs): 1 to 8 digits, never starting with 0 (PubMed numbers from 1; today's
/// ids have 8 digits). Stored as the digits alone, so the page can link https://pubmed.ncbi.nlm.nih.gov/{id}/.
/// </summary>
public static partial class PubMedId
{
    public const string FormatMessage = "A PubMed id (PMID) is 1 to 8 digits, not starting with 0, e.g. 31015043.";

    /// <summary>The id's digits, or null when <paramref name="text"/> is not one.</summary>
    public static string? Normalize(string? text)
        => text?.Trim() is { } id && Shape().IsMatch(id) ? id : null;

    /// <summary>The record's PubMed page.</summary>
    public static string Link(string id) => $"https://pubmed.ncbi.nlm.nih.gov/{id}/";

    [GeneratedRegex(@"^[1-9][0-9]{0,7}$")]
    private static partial Regex Shape();
}
