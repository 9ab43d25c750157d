using System.Net;
using TrialRegistry.Web.Tests.Accounts;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Import;

/// <summary>Only admins reach the import page and the import history (issue 6: "only admins can import").</summary>
public sealed class AdminImportAuthorizationTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    public static TheoryData<string, string, HttpStatusCode> Cells()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var path in new[] { "/admin/import", "/admin/import/runs", "/admin/import/runs/1" })
        {
            data.Add(AuthorizationMatrixTests.Anonymous, path, HttpStatusCode.Redirect);
            data.Add(AuthorizationMatrixTests.AphpInvestigator, path, HttpStatusCode.Forbidden);
            data.Add(AuthorizationMatrixTests.Admin, path, HttpStatusCode.OK);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Only_admins_reach_the_import_pages(string who, string path, HttpStatusCode expected)
    {
        using var client = await app.ClientForAsync(who);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await TestAccounts.AssertAuthorizedResponseAsync(response, path, expected);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.DoesNotContain("data-testid=\"import-files\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_admin_import_page_links_the_four_linked_record_templates_and_the_history()
    {
        using var client = await app.ClientForAsync(AuthorizationMatrixTests.Admin);

        var body = await client.GetStringAsync(new Uri("/admin/import", UriKind.Relative));

        foreach (var slug in new[] { "clinical-results", "translational-medicine", "patents", "deals" })
        {
            Assert.Contains($"href=\"/admin/import/templates/{slug}.csv\"", body, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/admin/import/runs\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/import\"", body, StringComparison.Ordinal);
    }
}
