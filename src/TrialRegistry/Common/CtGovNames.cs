using System.Collections.Concurrent;
using System.Text;

namespace TrialRegistry.Common;

/// <summary>
/// Converts between C# enum members and the ClinicalTrials.gov API v2 spelling of the same value
/// ("ActiveNotRecruiting" ⇄ "ACTIVE_NOT_RECRUITING", "EarlyPhase1" ⇄ "EARLY_PHASE1", "NA" ⇄ "NA").
/// </summary>
public static class CtGovNames
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<string, object> Parse, Dictionary<object, string> Format)> Maps = new();

    public static string ToCtGov<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => MapFor(typeof(TEnum)).Format[value];

    public static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum
        => TryParse<TEnum>(value, out var result)
            ? result
            : throw new FormatException($"'{value}' is not a ClinicalTrials.gov {typeof(TEnum).Name} value.");

    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (MapFor(typeof(TEnum)).Parse.TryGetValue(value.Trim(), out var parsed))
        {
            result = (TEnum)parsed;
            return true;
        }

        return false;
    }

    /// <summary>The API values of an enum in declaration order.</summary>
    public static IReadOnlyList<string> ValuesOf<TEnum>()
        where TEnum : struct, Enum
        => Enum.GetValues<TEnum>().Select(ToCtGov).ToList();

    internal static string ToUpperSnake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static (Dictionary<string, object> Parse, Dictionary<object, string> Format) MapFor(Type enumType)
        => Maps.GetOrAdd(enumType, static type =>
        {
            var parse = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            var format = new Dictionary<object, string>();
            foreach (var value in Enum.GetValues(type))
            {
                var name = ToUpperSnake(Enum.GetName(type, value)!);
                parse[name] = value;
                parse[Enum.GetName(type, value)!] = value;
                format[value] = name;
            }

            return (parse, format);
        });
}
