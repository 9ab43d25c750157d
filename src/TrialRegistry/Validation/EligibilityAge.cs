using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialRegistry.Validation;

/// <summary>
/// An eligibility age in the CT.gov form "&lt;number&gt; &lt;unit&gt;" ("18 Years", "6 Months", "1 Day"),
/// the pattern of minimumAge/maximumAge in the API v2 description. Units compare through minutes,
/// with a year of 365.25 days and a month of a twelfth of that, so "12 Months" equals "1 Year".
/// </summary>
public static partial class EligibilityAge
{
    private const long MinutesPerDay = 24 * 60;
    private const long MinutesPerYear = MinutesPerDay * 365 + MinutesPerDay / 4;

    /// <summary>The age in minutes, or null when <paramref name="text"/> is not in the CT.gov form.</summary>
    public static long? TryParseMinutes(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true }
            || !long.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number > 1_000_000)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "YEAR" => MinutesPerYear,
            "MONTH" => MinutesPerYear / 12,
            "WEEK" => MinutesPerDay * 7,
            "DAY" => MinutesPerDay,
            "HOUR" => 60,
            _ => 1,
        };
        return number * unit;
    }

    // The API's pattern, case-insensitive: "18 years" means what it says.
    [GeneratedRegex(@"^(?<number>[0-9]+) (?<unit>Year|Month|Week|Day|Hour|Minute)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
