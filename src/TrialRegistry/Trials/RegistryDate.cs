namespace TrialRegistry.Trials;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A registry date as ClinicalTrials.gov publishes it: "2019", "2019-09" or "2019-09-11", optionally
/// flagged actual or estimated. <see cref="Date"/> holds the first day of the period when the
/// precision is coarser than a day, so dates still sort and compare.
/// </summary>
public sealed record RegistryDate(DateOnly Date, DatePrecision Precision, DateType? Type = null)
{
    public static RegistryDate Day(int year, int month, int day, DateType? type = null)
        => new(new DateOnly(year, month, day), DatePrecision.Day, type);

    public static RegistryDate Month(int year, int month, DateType? type = null)
        => new(new DateOnly(year, month, 1), DatePrecision.Month, type);

    /// <summary>Parses the CT.gov v2 partial-date form: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public static bool TryParse(string? text, DateType? type, out RegistryDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.All(char.IsAsciiDigit) && p.Length > 0))
        {
            return false;
        }

        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var day = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var precision = parts.Length switch
        {
            1 => DatePrecision.Year,
            2 => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        date = new RegistryDate(new DateOnly(year, month, day), precision, type);
        return true;
    }

    /// <summary>The CT.gov v2 text form, as precise as the registry gave it.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
