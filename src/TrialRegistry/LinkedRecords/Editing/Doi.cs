using System.Text.RegularExpressions;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// Digital Object Identifiers: "10.1016/j.jcyt.2019.03.001", however pasted (a doi.org link, "doi:"),
/// stored bare, so one paper has one spelling. DOIs are case-insensitive; the case typed is kept.
/// </summary>
public static partial class Doi
{
    public const string FormatMessage =
        "A DOI starts with 10., a registrant code of 4 to 9 digits, a slash and the item's suffix, e.g. 10.1016/j.jcyt.2019.03.001 (a https://doi.org/ link is accepted too).";

    /// <summary>The bare DOI, or null when <paramref name="text"/> is not one.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var doi = Prefix().Replace(text.Trim(), string.Empty);
        return Shape().IsMatch(doi) ? doi : null;
    }

    [GeneratedRegex(@"^(https?://(dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$")]
    private static partial Regex Shape();
}
