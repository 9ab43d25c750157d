using System.Text.Json.Nodes;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// Writes into a study that may already hold the carried-over source record: setting a member
/// replaces it in place (keeping CT.gov's member order), and setting nothing removes it, so a value
/// our model no longer has never survives from the source.
/// </summary>
internal static class JsonWriting
{
    /// <summary>The member object, created (or replacing a non-object) when missing.</summary>
    public static JsonObject Object(this JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    /// <summary>Sets the member, or removes it when <paramref name="value"/> is null.</summary>
    public static void Set(this JsonObject target, string name, JsonNode? value)
    {
        if (value is null)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value;
        }
    }

    /// <summary>Sets a text member; null or blank text removes it.</summary>
    public static void Set(this JsonObject target, string name, string? value)
        => target.Set(name, string.IsNullOrWhiteSpace(value) ? null : JsonValue.Create(value));

    /// <summary>Sets an array of texts; an empty list removes it (CT.gov leaves empty lists out).</summary>
    public static void Set(this JsonObject target, string name, IEnumerable<string> values)
    {
        var array = new JsonArray(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        target.Set(name, array.Count == 0 ? null : array);
    }

    /// <summary>Sets an array of objects; an empty list removes it.</summary>
    public static void Set(this JsonObject target, string name, IEnumerable<JsonObject> values)
    {
        var array = new JsonArray(values.Where(v => v.Count > 0).Cast<JsonNode?>().ToArray());
        target.Set(name, array.Count == 0 ? null : array);
    }

    /// <summary>Removes the member when it is an empty object (a module left with nothing in it).</summary>
    public static void RemoveIfEmpty(this JsonObject parent, string name)
    {
        if (parent[name] is JsonObject { Count: 0 })
        {
            parent.Remove(name);
        }
    }

    /// <summary>The object items of a source array member (none when it is missing).</summary>
    public static SourceItems Items(this JsonObject? parent, string name)
        => new(parent?[name] is JsonArray array ? array.OfType<JsonObject>().ToList() : []);
}

/// <summary>
/// The items of a list in the source record, handed out once each to the model's items they match,
/// so a model item keeps the members we do not model (a location's contacts) from its source item.
/// </summary>
internal sealed class SourceItems(List<JsonObject> items)
{
    /// <summary>A copy of the first unclaimed source item that matches, or a new empty object.</summary>
    public JsonObject Claim(Func<JsonObject, bool> matches)
    {
        var index = items.FindIndex(item => matches(item));
        if (index < 0)
        {
            return [];
        }

        var claimed = items[index];
        items.RemoveAt(index);
        return (JsonObject)claimed.DeepClone();
    }

    /// <summary>True when the item's text member equals <paramref name="value"/> (trimmed; blank and missing are equal).</summary>
    public static bool SameText(JsonObject item, string name, string? value)
        => string.Equals(Text(item, name), string.IsNullOrWhiteSpace(value) ? null : value.Trim(), StringComparison.Ordinal);

    private static string? Text(JsonObject item, string name)
        => item[name] is JsonValue node && node.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
