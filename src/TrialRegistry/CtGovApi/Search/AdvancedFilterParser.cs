using System.Globalization;
using System.Text.RegularExpressions;
using TrialRegistry.Common;
using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>
/// Reads the common Essie <c>AREA[...]</c> forms: <c>AREA[Phase]PHASE2</c>,
/// <c>AREA[StudyType]INTERVENTIONAL</c>, <c>AREA[OverallStatus]RECRUITING</c>,
/// <c>AREA[HasResults]true</c>, <c>AREA[StartDate]RANGE[2020-01-01,MAX]</c> (also
/// <c>AREA[StartDate]2022</c>: that year), <c>AREA[LastUpdatePostDate]RANGE[...]</c> and
/// <c>AREA[EnrollmentCount]RANGE[10,100]</c>, joined by AND. Anything else (OR, NOT, other areas)
/// is refused with a message rather than half understood.
/// </summary>
public static partial class AdvancedFilterParser
{
    public const string SupportedAreas = "Phase, StudyType, OverallStatus, HasResults, StartDate, LastUpdatePostDate, EnrollmentCount";

    /// <summary>Splits on top-level AND: the parts (trimmed, outer parentheses removed).</summary>
    public static IReadOnlyList<string> SplitAnd(string expression)
        => AndSeparator().Split(expression)
            .Select(p => p.Trim())
            .Select(p => p.Length > 1 && p[0] == '(' && p[^1] == ')' ? p[1..^1].Trim() : p)
            .Where(p => p.Length > 0)
            .ToList();

    public static bool IsAreaTerm(string part) => part.StartsWith("AREA[", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="CtGovRequestException">The expression is not one of the supported forms.</exception>
    public static IReadOnlyList<AdvancedCondition> Parse(string parameter, string expression)
    {
        var conditions = new List<AdvancedCondition>();
        foreach (var part in SplitAnd(expression))
        {
            conditions.Add(ParseTerm(parameter, part));
        }

        if (conditions.Count == 0)
        {
            throw new CtGovRequestException($"{parameter}: empty expression");
        }

        return conditions;
    }

    private static AdvancedCondition ParseTerm(string parameter, string part)
    {
        if (OrOrNot().IsMatch(part))
        {
            throw new CtGovRequestException($"{parameter}: only AREA[...] terms joined by AND are supported here, not \"{part}\"");
        }

        var match = Term().Match(part);
        if (!match.Success)
        {
            throw new CtGovRequestException($"{parameter}: cannot parse \"{part}\"; expected AREA[Field]value or AREA[Field]RANGE[from,to]");
        }

        var area = match.Groups["area"].Value;
        var value = match.Groups["value"].Value.Trim().Trim('"');
        var range = Range().Match(value);
        switch (area.ToUpperInvariant())
        {
            case "PHASE":
                return new PhaseCondition(Enum<Phase>(parameter, area, value));
            case "STUDYTYPE":
                return new StudyTypeCondition(Enum<StudyType>(parameter, area, value));
            case "OVERALLSTATUS":
                return new StatusCondition(Enum<OverallStatus>(parameter, area, value));
            case "HASRESULTS":
                return bool.TryParse(value, out var hasResults)
                    ? new HasResultsCondition(hasResults)
                    : throw new CtGovRequestException($"{parameter}: AREA[{area}] expects true or false, not \"{value}\"");
            case "STARTDATE":
            case "LASTUPDATEPOSTDATE":
                var field = area.Equals("StartDate", StringComparison.OrdinalIgnoreCase) ? AdvancedDateField.StartDate : AdvancedDateField.LastUpdatePostDate;
                return range.Success
                    ? new DateRangeCondition(field, DateBound(parameter, range.Groups["from"].Value, start: true), DateBound(parameter, range.Groups["to"].Value, start: false))
                    : new DateRangeCondition(field, DateBound(parameter, value, start: true) ?? Bad(), DateBound(parameter, value, start: false) ?? Bad());
            case "ENROLLMENTCOUNT":
                return range.Success
                    ? new EnrollmentRangeCondition(Number(parameter, range.Groups["from"].Value), Number(parameter, range.Groups["to"].Value))
                    : new EnrollmentRangeCondition(Number(parameter, value) ?? BadNumber(), Number(parameter, value) ?? BadNumber());
            default:
                throw new CtGovRequestException($"{parameter}: unsupported area \"{area}\"; supported: {SupportedAreas}");
        }

        DateOnly Bad() => throw new CtGovRequestException($"{parameter}: AREA[{area}] needs a date or a RANGE, not \"{value}\"");
        int BadNumber() => throw new CtGovRequestException($"{parameter}: AREA[{area}] needs a number or a RANGE, not \"{value}\"");
    }

    private static TEnum Enum<TEnum>(string parameter, string area, string value)
        where TEnum : struct, Enum
        => CtGovNames.TryParse<TEnum>(value.ToUpperInvariant(), out var parsed)
            ? parsed
            : throw new CtGovRequestException(
                $"{parameter}: unknown {area} value \"{value}\"; expected one of {string.Join(", ", CtGovNames.ValuesOf<TEnum>())}");

    /// <summary>MIN/MAX as null; a year or a month stands for its first (start) or last (end) day.</summary>
    private static DateOnly? DateBound(string parameter, string text, bool start)
    {
        text = text.Trim();
        if (text.Equals(start ? "MIN" : "MAX", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!RegistryDate.TryParse(text, null, out var date) || date is null)
        {
            throw new CtGovRequestException($"{parameter}: \"{text}\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd){(start ? " or MIN" : " or MAX")}");
        }

        return (start, date.Precision) switch
        {
            (true, _) => date.Date,
            (false, DatePrecision.Year) => new DateOnly(date.Date.Year, 12, 31),
            (false, DatePrecision.Month) => date.Date.AddMonths(1).AddDays(-1),
            _ => date.Date,
        };
    }

    private static int? Number(string parameter, string text)
    {
        text = text.Trim();
        if (text.Equals("MIN", StringComparison.OrdinalIgnoreCase) || text.Equals("MAX", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new CtGovRequestException($"{parameter}: \"{text}\" is not a whole number, MIN or MAX");
    }

    [GeneratedRegex(@"\s+AND\s+")]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"(^|\s)(OR|NOT)\s")]
    private static partial Regex OrOrNot();

    [GeneratedRegex(@"^AREA\[(?<area>[A-Za-z]+)\]\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Term();

    [GeneratedRegex(@"^RANGE\[(?<from>[^,\]]*),(?<to>[^\]]*)\]$", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
