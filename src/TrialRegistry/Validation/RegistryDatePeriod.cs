using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// A registry date read as the period it names: "2020" is the whole year, "2020-05" the whole month,
/// "2020-05-14" one day. The date rules reason about periods so that a month-precision date is
/// neither "in the past" nor "out of order" while any day of it could still be the real one.
/// </summary>
public static class RegistryDatePeriod
{
    /// <summary>The first day of the period (what <see cref="RegistryDate.Date"/> holds already).</summary>
    public static DateOnly Start(RegistryDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return Truncate(date.Date, date.Precision);
    }

    /// <summary>The last day of the period.</summary>
    public static DateOnly End(RegistryDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var start = Start(date);
        return date.Precision switch
        {
            DatePrecision.Year => start.AddYears(1).AddDays(-1),
            DatePrecision.Month => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
    }

    /// <summary>The whole period lies before <paramref name="today"/>.</summary>
    public static bool IsPast(RegistryDate date, DateOnly today) => End(date) < today;

    /// <summary>The whole period lies after <paramref name="today"/>.</summary>
    public static bool IsFuture(RegistryDate date, DateOnly today) => Start(date) > today;

    /// <summary>
    /// Compares two dates at the coarser of their precisions: "2020-05" and "2020-05-14" compare
    /// equal, "2020" and "2021-03" compare as 2020 and 2021.
    /// </summary>
    public static int Compare(RegistryDate first, RegistryDate second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var precision = first.Precision < second.Precision ? first.Precision : second.Precision;
        return Truncate(first.Date, precision).CompareTo(Truncate(second.Date, precision));
    }

    /// <summary>The first day of the period of this precision that contains <paramref name="day"/>.</summary>
    public static DateOnly Truncate(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(day.Year, 1, 1),
        DatePrecision.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };
}
