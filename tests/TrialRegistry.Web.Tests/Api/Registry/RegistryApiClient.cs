using System.Net;
using System.Text.Json;

namespace TrialRegistry.Web.Tests.Api.Registry;

/// <summary>GETs against the registry API that read the answer as a JSON document.</summary>
internal static class RegistryApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.Equal(expected == HttpStatusCode.OK ? "application/json" : "application/problem+json", mediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string path, HttpStatusCode expected)
    {
        var problem = await client.GetJsonAsync(path, expected);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static int Total(this JsonElement page) => page.GetProperty("total").GetInt32();

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
