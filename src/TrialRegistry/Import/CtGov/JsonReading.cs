using System.Globalization;
using System.Text.Json;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// Tolerant reads of CT.gov JSON: a missing module, a null or a value of the wrong kind reads as
/// "not given", so partial records (many real ones lack whole modules) map without special cases.
/// </summary>
internal static class JsonReading
{
    /// <summary>The named member, or an undefined element when absent or null (which every helper here treats as empty).</summary>
    public static JsonElement Member(this JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : default;

    public static bool Has(this JsonElement element, string name)
        => element.Member(name).ValueKind != JsonValueKind.Undefined;

    public static string? String(this JsonElement element, string name)
    {
        var value = element.Member(name);
        return value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
    }

    public static int? Int(this JsonElement element, string name)
    {
        var value = element.Member(name);
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    public static double? Double(this JsonElement element, string name)
    {
        var value = element.Member(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) ? number : null;
    }

    public static bool? Bool(this JsonElement element, string name)
        => element.Member(name).ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name)
    {
        var value = element.Member(name);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
    }

    /// <summary>The non-blank strings of an array member, trimmed, in order.</summary>
    public static List<string> Strings(this JsonElement element, string name)
        => element.Array(name)
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString())
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!.Trim())
            .ToList();
}
