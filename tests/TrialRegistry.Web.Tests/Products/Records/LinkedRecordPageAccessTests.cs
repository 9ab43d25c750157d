using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Products.Records;

/// <summary>Who gets the linked-record editor pages, over HTTP against the running app (prerendered responses).</summary>
public sealed class LinkedRecordPageAccessTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_come_back()
    {
        var path = $"/products/{await SeedProductIdAsync()}/records/patents/new";
        using var client = TestAccounts.CreateClient(app);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString(path), TestAccounts.LocalRedirectTarget(response));
    }

    [Theory]
    [InlineData("clinical-results", "Add a clinical result")]
    [InlineData("translational", "Add a translational study")]
    [InlineData("patents", "Add a patent")]
    [InlineData("deals", "Add a deal")]
    public async Task An_investigator_of_the_developer_gets_each_new_record_form(string kind, string heading)
    {
        using var client = await SignedInAsync("records-aphp-" + kind + "@test.local", TestAccounts.Aphp);

        using var response = await client.GetAsync(new Uri($"/products/{await SeedProductIdAsync()}/records/{kind}/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_investigator_of_another_organization_gets_403_on_new_and_edit()
    {
        var productId = await SeedProductIdAsync();
        var patentId = await SeedPatentIdAsync(productId);
        using var client = await SignedInAsync("records-ucl@test.local", TestAccounts.Ucl);

        using var create = await client.GetAsync(new Uri($"/products/{productId}/records/patents/new", UriKind.Relative));
        using var edit = await client.GetAsync(new Uri($"/products/{productId}/records/patents/{patentId}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task An_admin_gets_the_edit_form_filled_with_the_stored_record()
    {
        var productId = await SeedProductIdAsync();
        var patentId = await SeedPatentIdAsync(productId);
        await TestAccounts.CreateAdminAsync(app.Services, "records-admin@test.local");
        using var client = await TestAccounts.SignedInClientAsync(app, "records-admin@test.local");

        using var response = await client.GetAsync(new Uri($"/products/{productId}/records/patents/{patentId}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Edit patent", html, StringComparison.Ordinal);
        Assert.Contains("EP3703712B1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_kinds_unknown_records_and_records_of_another_product_are_404()
    {
        var productId = await SeedProductIdAsync();
        var patentId = await SeedPatentIdAsync(productId);
        int otherProductId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            otherProductId = await db.Products.Where(p => p.Id != productId && !db.Patents.Any(x => x.Id == patentId && x.Products.Contains(p))).Select(p => p.Id).FirstAsync();
        }

        await TestAccounts.CreateAdminAsync(app.Services, "records-admin-404@test.local");
        using var client = await TestAccounts.SignedInClientAsync(app, "records-admin-404@test.local");

        foreach (var path in new[]
        {
            $"/products/{productId}/records/recipes/new",
            $"/products/{productId}/records/patents/999999/edit",
            $"/products/{otherProductId}/records/patents/{patentId}/edit",
        })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_tabs_offer_add_and_edit_only_to_users_who_may_edit()
    {
        var path = $"/products/{await SeedProductIdAsync()}?tab=patents";
        using var anonymous = TestAccounts.CreateClient(app);
        using var ucl = await SignedInAsync("records-tabs-ucl@test.local", TestAccounts.Ucl);
        using var aphp = await SignedInAsync("records-tabs-aphp@test.local", TestAccounts.Aphp);

        Assert.DoesNotContain("data-testid=\"add-record\"", await anonymous.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-record\"", await ucl.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"add-record\"", await aphp.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string email, string organization)
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, email, organization);
        return await TestAccounts.SignedInClientAsync(app, email);
    }

    private async Task<int> SeedProductIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.Products.Where(p => p.Name == TestAccounts.SeedProduct).Select(p => p.Id).SingleAsync();
    }

    private async Task<int> SeedPatentIdAsync(int productId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.Patents.Where(p => p.PublicationNumber == "EP3703712B1" && p.Products.Any(x => x.Id == productId)).Select(p => p.Id).SingleAsync();
    }
}
