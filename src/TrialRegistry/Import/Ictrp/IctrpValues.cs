using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.Ictrp;

/// <summary>
/// The value formats of the WHO ICTRP export, which passes on each register's own wording: dates
/// day-first ("08/04/2024"), ISO ("2021-09-03"), English ("April 25, 2024", "January 2022") or
/// compact ("20240408"); phases as "Phase 2/Phase 3", "3", "N/A" or EudraCT's yes/no list; ages as
/// "18 Years", "18", "&gt;= 20age old"; genders as "All", "Both", "Female: yes Male: no".
/// </summary>
internal static partial class IctrpValues
{
    private static readonly string[] DayFirstFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "MMMM d, yyyy", "MMMM dd, yyyy", "d MMMM yyyy"];
    private static readonly string[] MonthFormats = ["MMMM yyyy", "MM/yyyy", "yyyy-MM"];

    /// <summary>HTML escaped as text ("&amp;lt;br&amp;gt;", "&lt;p&gt;", CRs) as plain text with line breaks.</summary>
    public static string PlainText(string html)
    {
        var text = html.Replace("\r", string.Empty, StringComparison.Ordinal);
        text = LineBreakTag().Replace(text, "\n");
        text = FormattingTag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd());
        return ExtraBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    /// <summary>A date in one of the export's formats, with its precision; the type (actual/estimated) is unknown.</summary>
    public static RegistryDate? ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, DayFirstFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // WHO's placeholder for "no date".
            return day.Year <= 1900 ? null : new RegistryDate(DateOnly.FromDateTime(day), DatePrecision.Day);
        }

        if (DateTime.TryParseExact(trimmed, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new RegistryDate(DateOnly.FromDateTime(month), DatePrecision.Month);
        }

        return RegistryDate.TryParse(trimmed, null, out var year) && year!.Precision == DatePrecision.Year ? year : null;
    }

    /// <summary>
    /// The v2 status when the ICTRP wording says which one it is. "Not recruiting" (any case) covers
    /// not yet recruiting, active, completed and stopped trials, and EudraCT's "Authorised" says the
    /// trial may start, not that it has: both give null.
    /// </summary>
    public static OverallStatus? ParseStatus(string text)
        => text.Trim().ToUpperInvariant() switch
        {
            "PENDING" => OverallStatus.NotYetRecruiting,
            "UNKNOWN STATUS" or "UNKNOWN" => OverallStatus.Unknown,
            "NOT RECRUITING" or "AUTHORISED" or "NOT AVAILABLE" => null,
            _ => ClassicCsvValues.ParseStatus(text),
        };

    /// <summary>"Interventional", "Interventional clinical trial of medicinal product", "observational", "Observational [Patient Registry]".</summary>
    public static StudyType? ParseStudyType(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        return lower.StartsWith("interventional", StringComparison.Ordinal) ? StudyType.Interventional
            : lower.StartsWith("observational", StringComparison.Ordinal) ? StudyType.Observational
            : lower.StartsWith("expanded access", StringComparison.Ordinal) ? StudyType.ExpandedAccess
            : null;
    }

    /// <summary>
    /// The phases a Phase value names, or null when the wording is not a phase ("0", "Not selected",
    /// ChiCTR's "New Treatment Measure Clinical Study"). "N/A" and "Not Applicable" are NA; EudraCT's
    /// list "Human pharmacology (Phase I): yes ..." gives the phases answered yes (none: empty).
    /// </summary>
    public static List<Phase>? ParsePhases(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains("): ", StringComparison.Ordinal))
        {
            return EudraCtPhase().Matches(trimmed)
                .Where(m => m.Groups["answer"].Value.Equals("yes", StringComparison.OrdinalIgnoreCase))
                .Select(m => RomanPhase(m.Groups["roman"].Value))
                .ToList();
        }

        if (trimmed.Equals("N/A", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Not Applicable", StringComparison.OrdinalIgnoreCase))
        {
            return [Phase.NA];
        }

        var phases = new List<Phase>();
        foreach (var part in trimmed.Split(['/', ',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = PhaseText().Match(part);
            if (!match.Success)
            {
                return null;
            }

            var number = match.Groups["number"].Value;
            var phase = match.Groups["early"].Success && number == "1" ? Phase.EarlyPhase1
                : number switch { "1" => Phase.Phase1, "2" => Phase.Phase2, "3" => Phase.Phase3, _ => Phase.Phase4 };
            if (!phases.Contains(phase))
            {
                phases.Add(phase);
            }
        }

        return phases.Count > 0 ? phases : null;
    }

    /// <summary>"All", "Both", "Male and Female", "Female: yes Male: no", "Male", "F".</summary>
    public static Sex? ParseSex(string text)
    {
        var plain = PlainText(text).Replace('\n', ' ').Trim();
        var yesNo = GenderYesNo().Match(plain);
        if (yesNo.Success)
        {
            var female = yesNo.Groups["female"].Value.Equals("yes", StringComparison.OrdinalIgnoreCase);
            var male = yesNo.Groups["male"].Value.Equals("yes", StringComparison.OrdinalIgnoreCase);
            return (female, male) switch { (true, true) => Sex.All, (true, false) => Sex.Female, (false, true) => Sex.Male, _ => null };
        }

        return plain.ToUpperInvariant() switch
        {
            "ALL" or "BOTH" or "MALE AND FEMALE" or "FEMALE AND MALE" or "-" => Sex.All,
            "MALE" or "M" => Sex.Male,
            "FEMALE" or "F" => Sex.Female,
            _ => null,
        };
    }

    /// <summary>
    /// An age bound in CT.gov's "18 Years" form. A bare number is years (the registers that write
    /// "18" mean years); "&gt;= 20age old", "60(Year)" and "16years-old" are read the same way.
    /// "N/A", "None" and "Not applicable" mean no bound: true with a null age.
    /// </summary>
    public static bool TryParseAge(string text, out string? age)
    {
        age = null;
        var trimmed = text.Trim();
        if (trimmed.ToUpperInvariant() is "N/A" or "NONE" or "NOT APPLICABLE" or "NO LIMIT" or "-")
        {
            return true;
        }

        var match = AgeText().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value.ToLowerInvariant() : "y";
        var name = unit[0] switch
        {
            'y' => "Years",
            'w' => "Weeks",
            'd' => "Days",
            'h' => "Hours",
            'm' when unit.StartsWith("mi", StringComparison.Ordinal) => "Minutes",
            _ => "Months",
        };
        age = $"{match.Groups["number"].Value} {name}";
        return true;
    }

    /// <summary>"150", or ChiCTR's group sizes "control group:50;sepsis group:50;" (summed).</summary>
    public static int? ParseTargetSize(string text, out bool summed)
    {
        summed = false;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        var groups = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sizes = groups.Select(g => GroupSize().Match(g)).ToList();
        if (sizes.Count == 0 || sizes.Any(m => !m.Success))
        {
            return null;
        }

        summed = true;
        return sizes.Sum(m => int.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture));
    }

    private static Phase RomanPhase(string roman) => roman switch
    {
        "I" => Phase.Phase1,
        "II" => Phase.Phase2,
        "III" => Phase.Phase3,
        _ => Phase.Phase4,
    };

    [GeneratedRegex(@"<\s*br\s*/?\s*>|</\s*p\s*>|</\s*li\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?\s*(p|b|i|u|em|strong|span|ul|ol|li|div|sup|sub)(\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex FormattingTag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"\(Phase (?<roman>IV|III|II|I)\)\s*:\s*(?<answer>yes|no)", RegexOptions.IgnoreCase)]
    private static partial Regex EudraCtPhase();

    [GeneratedRegex(@"^(?:(?<early>Early\s*)?Phase\s*)?(?<number>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex PhaseText();

    [GeneratedRegex(@"^(?:[<>]=?\s*)?(?<number>[0-9]{1,3})\s*\(?\s*(?<unit>years?|months?|weeks?|days?|hours?|minutes?|y|m|w|d)?\)?\s*(?:age)?\s*(?:-?old)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeText();

    [GeneratedRegex(@"Female\s*:\s*(?<female>yes|no)\s*Male\s*:\s*(?<male>yes|no)", RegexOptions.IgnoreCase)]
    private static partial Regex GenderYesNo();

    [GeneratedRegex(@"^[^:]+:\s*(?<size>[0-9]+)$")]
    private static partial Regex GroupSize();
}
