using System.Globalization;
using System.Text.Json;

namespace TrialRegistry.Trials.History;

/// <summary>
/// Field-by-field difference between two snapshots of a record, generic over their JSON (it does
/// not know the editor's draft type, so it works for any snapshot shape and for old versions).
/// Objects are walked property by property; lists of rows (arrays of objects) are aligned so that a
/// row inserted or removed in the middle shows as that one row, not as every following row changed;
/// lists of values (conditions, keywords, phases) are compared as multisets. Missing, null, empty
/// and blank values are all "no value". See docs/decisions/0012-history-and-diff.md.
/// </summary>
public static class TrialDiff
{
    /// <summary>Texts longer than this (or with a line break) get a word-level <see cref="FieldChange.TextDiff"/>.</summary>
    public const int LongTextLength = 200;

    /// <summary>
    /// Bookkeeping that changes without the record changing: database keys, row order numbers and
    /// the concurrency token. Ignored everywhere, or inserting a row would "change" every later row.
    /// </summary>
    private static readonly HashSet<string> IgnoredProperties = new(StringComparer.Ordinal)
    {
        "Id", "TrialId", "Ordinal", "Version", "RowVersion", "ConcurrencyToken",
    };

    /// <summary>The differences from <paramref name="before"/> to <paramref name="after"/>, in the record's field order.</summary>
    public static IReadOnlyList<FieldChange> Compare(JsonElement before, JsonElement after)
    {
        var changes = new List<FieldChange>();
        CompareValues(Present(before), Present(after), path: "", label: "", property: "", changes);
        return changes;
    }

    /// <summary>The differences from version <paramref name="before"/> to version <paramref name="after"/>.</summary>
    public static IReadOnlyList<FieldChange> Compare(TrialVersion before, TrialVersion after)
        => Compare(before.Snapshot.RootElement, after.Snapshot.RootElement);

    private static void CompareValues(JsonElement? before, JsonElement? after, string path, string label, string property, List<FieldChange> changes)
    {
        if (before is null && after is null)
        {
            return;
        }

        var kind = (before ?? after)!.Value.ValueKind;
        var sameKind = before is null || after is null || before.Value.ValueKind == after.Value.ValueKind
            || (IsBoolean(before.Value) && IsBoolean(after.Value));
        if (sameKind && kind == JsonValueKind.Object)
        {
            CompareObjects(before, after, path, label, changes);
        }
        else if (sameKind && kind == JsonValueKind.Array && IsRowList(before, after))
        {
            RowAlignment.CompareRows(Items(before), Items(after), path, label, property, changes);
        }
        else if (sameKind && kind == JsonValueKind.Array)
        {
            CompareValueLists(Items(before), Items(after), path, label, property, changes);
        }
        else
        {
            CompareScalars(Shown(property, Text(before)), Shown(property, Text(after)), path, label, changes);
        }
    }

    internal static void CompareObjects(JsonElement? before, JsonElement? after, string path, string label, List<FieldChange> changes)
    {
        var names = TrialDiffLabels.InDisplayOrder(Properties(after).Select(p => p.Name)
            .Concat(Properties(before).Select(p => p.Name))
            .Where(n => !IgnoredProperties.Contains(n))
            .Distinct(StringComparer.Ordinal));
        foreach (var name in names)
        {
            CompareValues(Property(before, name), Property(after, name), Join(path, name), TrialDiffLabels.Child(label, name), name, changes);
        }
    }

    /// <summary>Values compared as multisets: reordering is no change; each value gone or new is one change.</summary>
    private static void CompareValueLists(IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after, string path, string label, string property, List<FieldChange> changes)
    {
        var beforeTexts = before.Select(e => Shown(property, Text(e))).ToList();
        var afterTexts = after.Select(e => Shown(property, Text(e))).ToList();
        var unmatched = afterTexts.Select((text, index) => (text, index)).Where(x => x.text is not null).ToList();
        for (var i = 0; i < beforeTexts.Count; i++)
        {
            if (beforeTexts[i] is not { } text)
            {
                continue;
            }

            var match = unmatched.FindIndex(x => x.text == text);
            if (match >= 0)
            {
                unmatched.RemoveAt(match);
            }
            else
            {
                changes.Add(new FieldChange($"{path}[{i}]", ItemLabel(label, property), ChangeKind.Removed, text, null, null));
            }
        }

        foreach (var (text, index) in unmatched)
        {
            changes.Add(new FieldChange($"{path}[{index}]", ItemLabel(label, property), ChangeKind.Added, null, text, null));
        }
    }

    private static string? Shown(string property, string? text) => text is null ? null : TrialDiffLabels.Value(property, text);

    private static string ItemLabel(string label, string property) => label.Length > 0 ? label : TrialDiffLabels.Name(property);

    internal static void CompareScalars(string? before, string? after, string path, string label, List<FieldChange> changes)
    {
        if (before == after)
        {
            return;
        }

        var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
        var textDiff = kind == ChangeKind.Changed && (IsLong(before!) || IsLong(after!)) ? TextDiff.Compare(before!, after!) : null;
        changes.Add(new FieldChange(path, label, kind, before, after, textDiff));
    }

    private static bool IsLong(string text) => text.Length > LongTextLength || text.Contains('\n', StringComparison.Ordinal);

    /// <summary>An array is a list of rows when every element on both sides is an object.</summary>
    private static bool IsRowList(JsonElement? before, JsonElement? after)
    {
        var items = Items(before).Concat(Items(after)).ToList();
        return items.Count > 0 && items.All(i => i.ValueKind == JsonValueKind.Object);
    }

    /// <summary>The element, or null when it holds no value (null, blank text, empty list, object with nothing in it).</summary>
    internal static JsonElement? Present(JsonElement? element)
    {
        if (element is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.String when string.IsNullOrWhiteSpace(value.GetString()) => null,
            JsonValueKind.Array when value.GetArrayLength() == 0 => null,
            JsonValueKind.Object when !value.EnumerateObject().Any(p => !IgnoredProperties.Contains(p.Name) && Present(p.Value) is not null) => null,
            _ => value,
        };
    }

    internal static IReadOnlyList<JsonElement> Items(JsonElement? array)
        => array is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray().ToList() : [];

    private static IEnumerable<JsonProperty> Properties(JsonElement? element)
        => element is { ValueKind: JsonValueKind.Object } value ? value.EnumerateObject() : [];

    private static JsonElement? Property(JsonElement? element, string name)
        => element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property) ? Present(property) : null;

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

    internal static bool IsIgnored(string property) => IgnoredProperties.Contains(property);

    internal static string Join(string path, string property) => path.Length == 0 ? property : path + "." + property;

    /// <summary>A value as shown: text as is, numbers as written, booleans as Yes/No, anything else as canonical JSON.</summary>
    internal static string? Text(JsonElement? element) => Present(element) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        { ValueKind: JsonValueKind.True } => "Yes",
        { ValueKind: JsonValueKind.False } => "No",
        { } value => Canonical(value),
    };

    /// <summary>JSON with object properties sorted and bookkeeping left out: jsonb reorders keys, so raw text cannot be compared.</summary>
    internal static string Canonical(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = element.EnumerateObject()
                    .Where(p => !IgnoredProperties.Contains(p.Name) && Present(p.Value) is not null)
                    .OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value));
                return "{" + string.Join(',', members) + "}";
            case JsonValueKind.Array:
                return "[" + string.Join(',', element.EnumerateArray().Select(Canonical)) + "]";
            case JsonValueKind.String:
                return JsonSerializer.Serialize(element.GetString()!.Trim());
            case JsonValueKind.Number:
                return element.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : element.GetRawText();
            default:
                return element.GetRawText();
        }
    }
}
