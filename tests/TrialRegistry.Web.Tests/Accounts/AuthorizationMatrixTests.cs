using System.Net;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Accounts;

/// <summary>
/// Issue 5's authorization matrix over HTTP against the running app: who (anonymous, an
/// investigator of the seed trial's lead sponsor APHP, an investigator of UCL, an admin) x what
/// (view, create, edit, edit linked records, admin pages). Every cell is a request and its status.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    public const string Anonymous = "anonymous";
    public const string AphpInvestigator = "investigator of APHP";
    public const string UclInvestigator = "investigator of UCL";
    public const string Admin = "admin";

    private const string SeedProductRecords = "/products/{seed-product}/records/clinical-results/new";

    public static TheoryData<string, string, HttpStatusCode> Cells()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        void Row(string path, HttpStatusCode anonymous, HttpStatusCode aphp, HttpStatusCode ucl, HttpStatusCode admin)
        {
            data.Add(Anonymous, path, anonymous);
            data.Add(AphpInvestigator, path, aphp);
            data.Add(UclInvestigator, path, ucl);
            data.Add(Admin, path, admin);
        }

        const HttpStatusCode ok = HttpStatusCode.OK, login = HttpStatusCode.Redirect, forbidden = HttpStatusCode.Forbidden;
        Row("/trials/" + TestAccounts.SeedTrial, ok, ok, ok, ok);
        // UCL's investigator may register trials (for UCL); the form limits the lead sponsor to their organizations.
        Row("/trials/new", login, ok, ok, ok);
        Row($"/trials/{TestAccounts.SeedTrial}/edit", login, ok, forbidden, ok);
        Row(SeedProductRecords, login, ok, forbidden, ok);
        Row("/admin/users", login, forbidden, forbidden, ok);
        Row("/admin/audit", login, forbidden, forbidden, ok);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_user_gets_the_expected_status_for_each_page(string who, string path, HttpStatusCode expected)
    {
        path = path.Replace("{seed-product}", (await app.SeedProductIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = await app.ClientForAsync(who);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await TestAccounts.AssertAuthorizedResponseAsync(response, path, expected);
    }

    [Fact]
    public async Task The_forbidden_edit_page_says_which_trial_cannot_be_edited()
    {
        using var client = await app.ClientForAsync(UclInvestigator);

        using var response = await client.GetAsync(new Uri($"/trials/{TestAccounts.SeedTrial}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"You cannot edit trial {TestAccounts.SeedTrial}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Admin, HttpStatusCode.NotFound)]
    [InlineData(AphpInvestigator, HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, HttpStatusCode.Redirect)]
    public async Task The_edit_address_of_a_missing_trial_is_a_404_for_admins_and_a_403_for_investigators(string who, HttpStatusCode expected)
    {
        using var client = await app.ClientForAsync(who);

        using var response = await client.GetAsync(new Uri("/trials/NCT99999999/edit", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_investigator_without_organizations_cannot_register_trials()
    {
        using var client = await app.ClientForAsync("investigator without organizations");

        using var response = await client.GetAsync(new Uri("/trials/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>The demo registry with one account per matrix row, signed in once each.</summary>
public sealed class MatrixApp : RegistryAppFactory
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool created;
    private int? seedProductId;

    public async Task<HttpClient> ClientForAsync(string who)
    {
        await EnsureAccountsAsync();
        return who switch
        {
            AuthorizationMatrixTests.Anonymous => TestAccounts.CreateClient(this),
            AuthorizationMatrixTests.AphpInvestigator => await TestAccounts.SignedInClientAsync(this, "matrix-aphp@test.local"),
            AuthorizationMatrixTests.UclInvestigator => await TestAccounts.SignedInClientAsync(this, "matrix-ucl@test.local"),
            AuthorizationMatrixTests.Admin => await TestAccounts.SignedInClientAsync(this, "matrix-admin@test.local"),
            _ => await TestAccounts.SignedInClientAsync(this, "matrix-nobody@test.local"),
        };
    }

    public async Task<int> SeedProductIdAsync()
    {
        if (seedProductId is null)
        {
            _ = Services;
            await using var db = Database.CreateContext();
            seedProductId = await db.Products.Where(p => p.Name == TestAccounts.SeedProduct).Select(p => p.Id).SingleAsync();
        }

        return seedProductId.Value;
    }

    private async Task EnsureAccountsAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (!created)
            {
                await TestAccounts.CreateInvestigatorAsync(Services, "matrix-aphp@test.local", TestAccounts.Aphp);
                await TestAccounts.CreateInvestigatorAsync(Services, "matrix-ucl@test.local", TestAccounts.Ucl);
                await TestAccounts.CreateAdminAsync(Services, "matrix-admin@test.local");
                await TestAccounts.CreateInvestigatorAsync(Services, "matrix-nobody@test.local");
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        gate.Dispose();
        await base.DisposeAsync();
    }
}
