using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.Web.Import;
using TrialRegistry.Web.Security;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Import;

/// <summary>
/// GET /admin/import/templates/{kind}.csv. The endpoint's own behaviour is tested on a bare app; the
/// HTTP tests through the registry need PipelineSetup to call MapLinkedRecordTemplates (the lead's).
/// </summary>
public sealed class LinkedRecordTemplateEndpointTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{

    [Fact]
    public async Task The_endpoint_is_admin_only_and_answers_each_template_as_a_csv_attachment_and_an_unknown_kind_404()
    {
        var bare = WebApplication.CreateBuilder().Build();
        bare.MapLinkedRecordTemplates();
        var endpoint = Assert.Single(((IEndpointRouteBuilder)bare).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>());
        Assert.Equal("/admin/import/templates/{kind}.csv", endpoint.RoutePattern.RawText);
        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == RegistryPolicies.Admin);

        foreach (var kind in Enum.GetValues<LinkedRecordCsvKind>())
        {
            var context = await InvokeAsync(bare, endpoint, kind.Slug());
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
            Assert.Equal("text/csv; charset=utf-8", context.Response.ContentType);
            Assert.Equal($"attachment; filename={kind.Slug()}-template.csv; filename*=UTF-8''{kind.Slug()}-template.csv", context.Response.Headers.ContentDisposition.ToString());
            Assert.Equal(LinkedRecordCsvTemplates.Bytes(kind), ((MemoryStream)context.Response.Body).ToArray());
        }

        Assert.Equal(StatusCodes.Status404NotFound, (await InvokeAsync(bare, endpoint, "trials")).Response.StatusCode);
    }

    [Fact]
    public async Task An_admin_downloads_each_template_from_the_registry()
    {
        await TestAccounts.CreateAdminAsync(app.Services, "templates-admin@test.local");
        using var client = await TestAccounts.SignedInClientAsync(app, "templates-admin@test.local");
        foreach (var kind in Enum.GetValues<LinkedRecordCsvKind>())
        {
            using var response = await client.GetAsync($"/admin/import/templates/{kind.Slug()}.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"{kind.Slug()}-template.csv", response.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(LinkedRecordCsvTemplates.Bytes(kind), await response.Content.ReadAsByteArrayAsync());
        }

        using var unknown = await client.GetAsync("/admin/import/templates/trials.csv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_investigator_gets_403_and_anonymous_is_sent_to_sign_in()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "templates-aphp@test.local", TestAccounts.Aphp);
        using var investigator = await TestAccounts.SignedInClientAsync(app, "templates-aphp@test.local");
        using var anonymous = TestAccounts.CreateClient(app);
        const string Path = "/admin/import/templates/patents.csv";

        using var forbidden = await investigator.GetAsync(Path);
        using var redirected = await anonymous.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString(Path), TestAccounts.LocalRedirectTarget(redirected));
    }

    private static async Task<HttpContext> InvokeAsync(WebApplication bare, RouteEndpoint endpoint, string kind)
    {
        var context = new DefaultHttpContext { RequestServices = bare.Services };
        context.Request.Method = HttpMethods.Get;
        context.Request.RouteValues["kind"] = kind;
        context.Response.Body = new MemoryStream();
        await endpoint.RequestDelegate!(context);
        return context;
    }
}
