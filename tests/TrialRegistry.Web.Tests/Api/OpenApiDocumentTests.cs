using System.Net;
using System.Text.Json;
using TrialRegistry.Web.Tests.Hosting;

namespace TrialRegistry.Web.Tests.Api;

/// <summary>/openapi/v1.json describes the API and only the API; /api/reference renders it.</summary>
public sealed class OpenApiDocumentTests(BareRegistryApp app) : IClassFixture<BareRegistryApp>
{
    [Fact]
    public async Task The_document_is_valid_json_with_title_version_description_and_every_api_path()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var info = root.GetProperty("info");
        Assert.Equal("TrialRegistry API", info.GetProperty("title").GetString());
        Assert.Equal("v1", info.GetProperty("version").GetString());
        Assert.Contains("Retry-After", info.GetProperty("description").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected =
        [
            "/api/v2/studies",
            "/api/v2/studies/{nctId}",
            "/api/registry/products",
            "/api/registry/products/{id}",
            "/api/registry/products/{id}/deals",
            "/api/registry/organizations",
            "/api/registry/organizations/{id}",
            "/api/registry/organizations/{id}/trials",
            "/api/registry/studies/{registryId}/versions",
            "/api/registry/studies/{registryId}/versions/{number}",
            "/api/trials/{registryId}/draft",
            "/trials/feed.atom",
            "/trials/feed.rss",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
    }

    [Fact]
    public async Task Pages_sign_in_health_and_admin_downloads_are_not_in_the_document()
    {
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, path => Assert.True(path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/trials/feed.", StringComparison.Ordinal), path));
        Assert.DoesNotContain("/api/reference", paths);
    }

    [Fact]
    public async Task The_parameters_of_a_registry_endpoint_are_described()
    {
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var list = document.RootElement.GetProperty("paths").GetProperty("/api/registry/products").GetProperty("get");
        var names = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "type", "sort", "order", "page", "pageSize"], names);
        Assert.Equal(["200", "400", "429"], list.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        var one = document.RootElement.GetProperty("paths").GetProperty("/api/registry/products/{id}").GetProperty("get").GetProperty("responses");
        Assert.True(one.TryGetProperty("404", out _));
        Assert.True(one.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
    }

    [Fact]
    public async Task Every_api_operation_documents_the_rate_limits_429_and_the_feeds_do_not()
    {
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var limited = operation.Value.GetProperty("responses").TryGetProperty("429", out _);
                Assert.True(limited == path.Name.StartsWith("/api/", StringComparison.Ordinal), $"{operation.Name} {path.Name}");
            }
        }
    }

    [Fact]
    public async Task The_reference_page_is_html_that_loads_the_document_from_this_server()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/reference", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        // Scalar resolves the document's address against the app's root (it strips its own prefix from
        // the page's path), so it also works under a path base.
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        using var script = await client.GetAsync(new Uri("/api/reference/scalar.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
