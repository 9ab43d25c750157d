using System.Text.RegularExpressions;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// Patent publication numbers as offices and databases print them ("WO 2019/123456 A1",
/// "US 10,123,456 B2", "EP 3 123 456 A1") turned into the compact form the registry stores and shows
/// ("WO2019123456A1", "US10123456B2", "EP3123456A1"): office code, digits, optional kind code.
/// Each office's digit counts and kind codes are checked, so a typo is caught before it is stored.
/// See docs/decisions/0013-linked-record-editing.md.
/// </summary>
public static partial class PatentNumber
{
    /// <summary>One office: how its numbers look, for the check and for the message when they do not.</summary>
    private sealed record Office(string Name, Func<string, bool> DigitsAreValid, string DigitsRule, string Example, string[] KindCodes);

    private static readonly Dictionary<string, Office> Offices = new(StringComparer.Ordinal)
    {
        ["WO"] = new("WO (PCT)", d => (d.Length == 10 && IsYear(d[..4])) || d.Length == 7,
            "the year and a 6-digit serial number", "WO 2019/123456 A1", ["A1", "A2", "A3", "A4", "A8", "A9"]),
        ["US"] = new("US", d => d.Length is 7 or 8 || (d.Length == 11 && IsYear(d[..4])),
            "7 or 8 digits (patents) or the year and 7 digits (application publications)", "US 10,123,456 B2",
            ["A", "A1", "A2", "A9", "B1", "B2", "E", "H", "P2", "P3", "S"]),
        ["EP"] = new("EP", d => d.Length == 7, "7 digits", "EP 3 123 456 A1", ["A1", "A2", "A3", "A4", "A8", "A9", "B1", "B2", "B3", "B8", "B9"]),
        ["JP"] = new("JP", d => d.Length == 7 || (d.Length == 10 && IsYear(d[..4])),
            "7 digits (patents) or the year and 6 digits (application publications)", "JP 2019-123456 A", ["A", "B1", "B2", "U", "Y2"]),
        ["CN"] = new("CN", d => d.Length is >= 7 and <= 9, "7 to 9 digits", "CN 112512345 A", ["A", "B", "C", "U", "Y"]),
        ["KR"] = new("KR", d => d.Length is 9 or 13 && (d.StartsWith("10", StringComparison.Ordinal) || d.StartsWith("20", StringComparison.Ordinal)),
            "10 or 20 followed by 7 digits (patents) or by the year and 7 digits (applications)", "KR 10-2019-0123456 A", ["A", "B1", "U", "Y1"]),
        ["CA"] = new("CA", d => d.Length == 7, "7 digits", "CA 3 123 456 A1", ["A", "A1", "C", "C2", "E"]),
        ["AU"] = new("AU", d => d.Length == 6 || (d.Length == 10 && IsYear(d[..4])),
            "the year and a 6-digit serial number", "AU 2019/123456 A1", ["A", "A1", "B", "B2", "B4", "C1", "C4"]),
        ["FR"] = new("FR", d => d.Length == 7, "7 digits", "FR 3 072 882 B1", ["A", "A1", "A3", "B1", "B3"]),
        ["GB"] = new("GB", d => d.Length == 7, "7 digits", "GB 2 561 234 A", ["A", "B", "C"]),
        ["DE"] = new("DE", d => d.Length is 7 or 8 || d.Length == 12 || d.Length == 15,
            "7, 8, 12 or 15 digits", "DE 10 2019 123 456 A1", ["A1", "B3", "B4", "C1", "C2", "T2", "T5", "U1"]),
    };

    /// <summary>The offices accepted, in the order the messages list them.</summary>
    public static IReadOnlyList<string> OfficeCodes { get; } = [.. Offices.Keys];

    /// <summary>The compact number and its office, or the reason the text is not a publication number.</summary>
    public static PatentNumberResult Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PatentNumberResult.Invalid("Enter the publication number, e.g. WO 2019/123456 A1.");
        }

        // Spaces, commas, dots, slashes and hyphens are how offices group digits; none of them is significant.
        var compact = Separators().Replace(text.Trim().ToUpperInvariant(), string.Empty);
        var match = Shape().Match(compact);
        if (!match.Success)
        {
            return PatentNumberResult.Invalid(
                $"“{text.Trim()}” is not a publication number: write the office code, the number and the kind code if known, e.g. WO 2019/123456 A1, US 10,123,456 B2 or EP 3 123 456 A1.");
        }

        var code = match.Groups["office"].Value;
        if (!Offices.TryGetValue(code, out var office))
        {
            return PatentNumberResult.Invalid(
                $"“{code}” is not a patent office this registry accepts: use {string.Join(", ", OfficeCodes.SkipLast(1))} or {OfficeCodes[^1]}.");
        }

        var digits = match.Groups["digits"].Value;
        if (!office.DigitsAreValid(digits))
        {
            return PatentNumberResult.Invalid($"{office.Name} publication numbers have {office.DigitsRule}, e.g. {office.Example}.");
        }

        var kind = match.Groups["kind"].Value;
        if (kind.Length > 0 && !office.KindCodes.Contains(kind, StringComparer.Ordinal))
        {
            return PatentNumberResult.Invalid(
                $"“{kind}” is not a kind code of {office.Name} publications: use one of {string.Join(", ", office.KindCodes)}, or leave it out.");
        }

        return PatentNumberResult.Valid(code + digits + kind, code);
    }

    // WO and AU serials restarted each year; the first PCT publications are from 1978.
    private static bool IsYear(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1978 and <= 2100;

    [GeneratedRegex(@"[\s,./\-]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?<office>[A-Z]{2})(?<digits>[0-9]+)(?<kind>[A-Z][0-9]?)?$")]
    private static partial Regex Shape();
}

/// <summary>A normalized publication number and its office, or why the input is not one.</summary>
public sealed record PatentNumberResult(string? Number, string? Office, string? Problem)
{
    public bool IsValid => Number is not null;

    public static PatentNumberResult Valid(string number, string office) => new(number, office, null);

    public static PatentNumberResult Invalid(string problem) => new(null, null, problem);
}
