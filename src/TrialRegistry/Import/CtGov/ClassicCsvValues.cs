using System.Globalization;
using System.Text.RegularExpressions;
using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// The value formats of the classic ClinicalTrials.gov CSV: display labels instead of API values
/// ("Active, not recruiting", "Phase 1", "Single Group Assignment"), English dates ("March 2015",
/// "March 12, 2015"), ages with their age groups, and comma-joined locations.
/// </summary>
internal static partial class ClassicCsvValues
{
    private static readonly string[] DayFormats = ["MMMM d, yyyy", "MMMM dd, yyyy", "MMM d, yyyy"];
    private static readonly string[] MonthFormats = ["MMMM yyyy", "MMM yyyy"];

    /// <summary>Countries whose CT.gov locations carry a state, province or region between city and country.</summary>
    private static readonly HashSet<string> CountriesWithStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "United States", "Canada", "Australia", "China", "India", "Brazil", "Mexico", "Argentina", "Colombia", "Chile",
        "Spain", "Indonesia", "Turkey", "Iran, Islamic Republic of", "Japan", "Korea, Republic of", "Russian Federation",
    };

    /// <summary>
    /// A display label as the matching enum member: the label's letters and digits are compared with
    /// the member name, ignoring case ("Active, not recruiting" → ActiveNotRecruiting, "N/A" → NA).
    /// Parenthesized or bracketed remarks are ignored ("Observational [Patient Registry]").
    /// </summary>
    public static bool TryParseLabel<TEnum>(string label, out TEnum value)
        where TEnum : struct, Enum
    {
        var plain = Remark().Replace(label, string.Empty);
        return CtGovNames.TryParse(NotLetterOrDigit().Replace(plain, string.Empty), out value);
    }

    /// <summary>"March 12, 2015" (day precision), "March 2015" (month) or "2015" (year); the type is set by the caller.</summary>
    public static RegistryDate? ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new RegistryDate(DateOnly.FromDateTime(day), DatePrecision.Day);
        }

        if (DateTime.TryParseExact(trimmed, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new RegistryDate(DateOnly.FromDateTime(month), DatePrecision.Month);
        }

        return RegistryDate.TryParse(trimmed, null, out var year) && year!.Precision == DatePrecision.Year ? year : null;
    }

    /// <summary>"Phase 1", "Early Phase 1", "Not Applicable".</summary>
    public static Phase? ParsePhase(string label)
        => label.Trim().Equals("Not Applicable", StringComparison.OrdinalIgnoreCase) ? Phase.NA
            : TryParseLabel<Phase>(label, out var phase) ? phase
            : null;

    /// <summary>"Recruiting", "Active, not recruiting", "Unknown status".</summary>
    public static OverallStatus? ParseStatus(string label)
        => label.Trim().Equals("Unknown status", StringComparison.OrdinalIgnoreCase) ? OverallStatus.Unknown
            : TryParseLabel<OverallStatus>(label, out var status) ? status
            : null;

    /// <summary>The classes of the Funded Bys column ("Other", "Industry", "NIH", "U.S. Fed").</summary>
    public static OrganizationClass? ParseFundedBy(string label)
        => label.Trim() switch
        {
            "U.S. Fed" => OrganizationClass.Fed,
            var other => TryParseLabel<OrganizationClass>(other, out var parsed) ? parsed : null,
        };

    /// <summary>
    /// The class of each sponsor (lead first). The CSV gives one class per row, not per sponsor: Funded
    /// Bys lists the distinct classes of lead sponsor and collaborators in order of first appearance,
    /// so the lead has the first; when there is one class, or as many classes as sponsors, every
    /// sponsor's class follows. Otherwise a collaborator gets the class its name suggests, if Funded
    /// Bys has that class, else UNKNOWN.
    /// </summary>
    public static OrganizationClass[] SponsorClasses(IReadOnlyList<string> sponsors, IReadOnlyList<OrganizationClass> fundedBy)
    {
        var classes = new OrganizationClass[sponsors.Count];
        for (var i = 0; i < sponsors.Count; i++)
        {
            classes[i] = fundedBy.Count switch
            {
                0 => OrganizationClass.Unknown,
                1 => fundedBy[0],
                _ when fundedBy.Count == sponsors.Count => fundedBy[i],
                _ when i == 0 => fundedBy[0],
                _ => ClassSuggestedByName(sponsors[i]) is var suggested && fundedBy.Contains(suggested) ? suggested : OrganizationClass.Unknown,
            };
        }

        return classes;
    }

    /// <summary>"18 Years to 75 Years   (Adult, Older Adult)", "up to 6 Months (Child)", "40 Years and older (...)".</summary>
    public static bool TryParseAge(string text, out string? minimum, out string? maximum, out List<StandardAge> standardAges)
    {
        minimum = null;
        maximum = null;
        standardAges = [];

        // CT.gov separates the range and the age groups with non-breaking spaces.
        var match = AgeText().Match(text.Replace('\u00a0', ' ').Trim());
        if (!match.Success)
        {
            return false;
        }

        var range = match.Groups["range"].Value.Trim();
        var groups = match.Groups["groups"].Success ? match.Groups["groups"].Value : null;
        if (groups is null && !range.Any(char.IsAsciiDigit))
        {
            (groups, range) = (range, string.Empty);
        }

        foreach (var group in groups?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            if (!TryParseLabel<StandardAge>(group, out var age))
            {
                return false;
            }

            standardAges.Add(age);
        }

        if (range.Length == 0)
        {
            return true;
        }

        var bounds = AgeRange().Match(range);
        if (!bounds.Success)
        {
            return false;
        }

        minimum = bounds.Groups["min"].Success ? bounds.Groups["min"].Value : null;
        maximum = bounds.Groups["max"].Success ? bounds.Groups["max"].Value : null;
        return true;
    }

    /// <summary>
    /// "Facility, City, State, Country" or "Facility, City, Country". The country is the last part
    /// (two parts for CT.gov's inverted names such as "Iran, Islamic Republic of"). Facility names may
    /// hold commas of their own ("Klinik X, Dermatologische Ambulanz, Berlin, Germany"), so a part
    /// before the city is read as a state only for countries whose records CT.gov gives a state or
    /// province (<see cref="CountriesWithStates"/>); elsewhere it belongs to the facility.
    /// </summary>
    public static Location ParseLocation(string text, int ordinal)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var location = new Location { Ordinal = ordinal };
        if (parts.Count == 0)
        {
            return location;
        }

        location.Country = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        if (parts.Count > 0 && (location.Country.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || location.Country.EndsWith(" of the", StringComparison.OrdinalIgnoreCase)))
        {
            location.Country = $"{parts[^1]}, {location.Country}";
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count >= 3 && CountriesWithStates.Contains(location.Country))
        {
            location.State = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count > 0)
        {
            location.City = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        location.Facility = parts.Count > 0 ? string.Join(", ", parts) : null;
        return location;
    }

    /// <summary>Splits "Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)" into the masking and who is masked.</summary>
    public static (string Masking, List<string> WhoMasked) SplitMasking(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return (text.Trim(), []);
        }

        var inside = text[(open + 1)..].TrimEnd(')', ' ');
        var who = inside.Equals("Open Label", StringComparison.OrdinalIgnoreCase)
            ? []
            : inside.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        return (text[..open].Trim(), who);
    }

    private static OrganizationClass ClassSuggestedByName(string name)
        => CompanyName().IsMatch(name) ? OrganizationClass.Industry
            : NihName().IsMatch(name) ? OrganizationClass.Nih
            : FederalName().IsMatch(name) ? OrganizationClass.Fed
            : OrganizationClass.Other;

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Remark();

    [GeneratedRegex(@"[^\p{L}\p{N}]")]
    private static partial Regex NotLetterOrDigit();

    [GeneratedRegex(@"^(?<range>[^(]*?)\s*(\((?<groups>[^)]*)\))?$")]
    private static partial Regex AgeText();

    [GeneratedRegex(@"^(?:(?<min>[0-9]+ [A-Za-z]+) to (?<max>[0-9]+ [A-Za-z]+)|(?<min>[0-9]+ [A-Za-z]+) and older|up to (?<max>[0-9]+ [A-Za-z]+))$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeRange();

    [GeneratedRegex(@"\b(inc|ltd|llc|co|corp|corporation|company|gmbh|ag|kg|s\.?a|s\.?l|s\.r\.o|srl|ab|a/s|jsc|bhd|plc|pty|pharma|pharmaceuticals?|biotech|bio-?technology|therapeutics|biosciences|biologics|holdings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyName();

    [GeneratedRegex(@"National (Cancer )?Institutes? of|National Heart, Lung|National Eye Institute|\(NIH\)|\(NCI\)|\(NIAID\)", RegexOptions.IgnoreCase)]
    private static partial Regex NihName();

    [GeneratedRegex(@"Department of Defense|Veterans Affairs|United States Department", RegexOptions.IgnoreCase)]
    private static partial Regex FederalName();
}
