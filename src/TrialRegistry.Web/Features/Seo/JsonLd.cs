using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace TrialRegistry.Web.Features.Seo;

/// <summary>
/// schema.org structured data (JSON-LD) for the readers' pages, written with System.Text.Json. The
/// JSON goes inside a &lt;script&gt; element, whose content HTML does not decode: the only thing that
/// can end it early is "&lt;/script", so the encoder must escape '&lt;'. An encoder made by
/// <see cref="JavaScriptEncoder.Create(TextEncoderSettings)"/> always escapes the HTML-sensitive
/// characters (&lt; &gt; &amp; ' " `) whatever ranges it allows; allowing all ranges keeps accented names
/// readable ("Hôpitaux", not "H\u00F4pitaux"). The relaxed encoder would not escape them: never use it here.
/// </summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A top-level node: @context and @type.</summary>
    public static JsonObject Thing(string type) => new() { ["@context"] = Context, ["@type"] = type };

    /// <summary>A nested node (@type only: the context is inherited).</summary>
    public static JsonObject Node(string type, string name) => new() { ["@type"] = type, ["name"] = name };

    /// <summary>The JSON text, safe as the content of a &lt;script type="application/ld+json"&gt; element.</summary>
    public static string Serialize(JsonObject data) => data.ToJsonString(Options);

    /// <summary>A JSON array of the values, or null when there are none (so the property is left out).</summary>
    public static JsonArray? ArrayOf(IEnumerable<JsonNode?> values)
    {
        var array = new JsonArray(values.ToArray());
        return array.Count == 0 ? null : array;
    }

    /// <summary>Sets the property unless the value is null or empty: schema.org readers take a missing property for unknown.</summary>
    public static JsonObject With(this JsonObject node, string name, JsonNode? value)
    {
        if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text)))
        {
            node[name] = value;
        }

        return node;
    }
}
