using System.Globalization;
using System.Text;
using TrialRegistry.Validation;

namespace TrialRegistry.Import.LinkedRecords;

/// <summary>
/// Reads a row's values into typed ones. A value that cannot be read becomes a problem on its column
/// (the value left unset), so the row's other problems are still found.
/// </summary>
internal sealed class LinkedRecordCsvValues(LinkedRecordCsvRow row, List<ValidationProblem> problems)
{
    public const string DateFormat = "yyyy-MM-dd";

    public string Text(string column) => row.Get(column) ?? string.Empty;

    public string? Optional(string column) => row.Get(column);

    public List<string> List(string column) => row.GetList(column);

    public DateOnly? Date(string column)
    {
        if (row.Get(column) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(column, $"“{text}” is not a date: write dates as yyyy-MM-dd, e.g. 2023-03-01."));
        return null;
    }

    public decimal? Amount(string column)
    {
        if (row.Get(column) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        problems.Add(new(column, $"“{text}” is not an amount: write digits with a decimal point and no thousands separators, e.g. 1500000.50."));
        return null;
    }

    /// <summary>An enum value written as words ("Press release"), its name ("PressRelease") or either with any case, spaces or hyphens.</summary>
    public TEnum Choice<TEnum>(string column, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (row.Get(column) is not { } text)
        {
            problems.Add(new(column, $"Enter the {column.ToLowerInvariant()}: one of {Choices<TEnum>()}."));
            return fallback;
        }

        if (TryChoice<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add(new(column, $"“{text}” is not a {column.ToLowerInvariant()}: use one of {Choices<TEnum>()}."));
        return fallback;
    }

    public List<TEnum> Choices<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        foreach (var text in row.GetList(column))
        {
            if (TryChoice<TEnum>(text, out var value))
            {
                values.Add(value);
            }
            else
            {
                problems.Add(new(column, $"“{text}” is not one of {Choices<TEnum>()}."));
            }
        }

        return values;
    }

    /// <summary>How a value reads in a template: "Press release", "Phase 1", "Not applicable".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        // The two values whose words are not their name split at capitals.
        if (value is Trials.Phase.NA)
        {
            return "Not applicable";
        }

        if (value is TrialRegistry.LinkedRecords.DealType.CoDevelopment)
        {
            return "Co-development";
        }

        var name = value.ToString();
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && ((char.IsUpper(c) && char.IsLower(name[i - 1])) || (char.IsDigit(c) && char.IsLetter(name[i - 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            words.Append(i == 0 || (char.IsUpper(c) && i + 1 < name.Length && char.IsUpper(name[i + 1])) ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    public static string Choices<TEnum>()
        where TEnum : struct, Enum
        => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Words(v)));

    private static bool TryChoice<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var key = Key(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Key(candidate.ToString()) == key || Key(Words(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
