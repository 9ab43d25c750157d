using System.Globalization;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// The age groups CT.gov derives from an age range (v2 stdAges), which legacy XML does not carry:
/// Child is birth to 17, Adult 18 to 64, Older Adult 65 and over. A missing bound is open.
/// </summary>
internal static class LegacyXmlAges
{
    public static List<StandardAge> StandardAges(string? minimum, string? maximum)
    {
        var min = InYears(minimum) ?? 0;
        var max = InYears(maximum) ?? double.PositiveInfinity;
        var groups = new List<StandardAge>();
        if (min < 18)
        {
            groups.Add(StandardAge.Child);
        }

        if (min < 65 && max >= 18)
        {
            groups.Add(StandardAge.Adult);
        }

        if (max >= 65)
        {
            groups.Add(StandardAge.OlderAdult);
        }

        return groups;
    }

    /// <summary>"18 Years", "6 Months", "2 Weeks", "30 Days" in years; null when absent or unreadable.</summary>
    private static double? InYears(string? age)
    {
        var parts = age?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [var number, var unit] || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return unit.TrimEnd('s', 'S').ToUpperInvariant() switch
        {
            "YEAR" => value,
            "MONTH" => value / 12,
            "WEEK" => value / 52.1775,
            "DAY" => value / 365.25,
            "HOUR" => value / (365.25 * 24),
            "MINUTE" => value / (365.25 * 24 * 60),
            _ => null,
        };
    }
}
