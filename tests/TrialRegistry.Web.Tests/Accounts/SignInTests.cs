using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Web.Components.Pages.Account;
using TrialRegistry.Web.Hosting;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Accounts;

public sealed class SignInTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task A_user_signs_in_with_the_right_password_and_goes_to_the_local_return_address()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "signin-ok@test.local", TestAccounts.Aphp);
        using var client = TestAccounts.CreateClient(app);

        using var response = await TestAccounts.PostLoginAsync(client, "signin-ok@test.local", TestAccounts.Password, "/trials?q=lupus");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/trials?q=lupus", TestAccounts.LocalRedirectTarget(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AccountSetup.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("signin-ok@test.local", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entry = await LastAuditEntryAsync(e => e.UserId == user.Id);
        Assert.Equal(AuditAction.SignIn, entry.Action);
        Assert.Equal(AuditSource.Account, entry.Source);
        Assert.Equal("User", entry.EntityType);
        Assert.Equal(user.Id, entry.EntityId);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_message_and_audited()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "signin-wrong@test.local", TestAccounts.Aphp);
        using var client = TestAccounts.CreateClient(app);

        using var response = await TestAccounts.PostLoginAsync(client, "signin-wrong@test.local", "Not-The-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Login.InvalidCredentials, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(AccountSetup.CookieName + "=", StringComparison.Ordinal)));
        Assert.Equal(AuditAction.SignInFailed, (await LastAuditEntryAsync(e => e.UserId == user.Id)).Action);
    }

    [Fact]
    public async Task An_unknown_e_mail_gets_the_same_message_as_a_wrong_password()
    {
        using var client = TestAccounts.CreateClient(app);

        using var response = await TestAccounts.PostLoginAsync(client, "nobody@test.local", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Login.InvalidCredentials, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = await LastAuditEntryAsync(e => e.UserName == "nobody@test.local");
        Assert.Equal(AuditAction.SignInFailed, entry.Action);
        Assert.Null(entry.UserId);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_even_with_the_right_password()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "signin-lock@test.local", TestAccounts.Aphp);
        using var client = TestAccounts.CreateClient(app);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await TestAccounts.PostLoginAsync(client, "signin-lock@test.local", "Wrong-Password-" + attempt);
            Assert.Contains(Login.InvalidCredentials, await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await TestAccounts.PostLoginAsync(client, "signin-lock@test.local", "Wrong-Password-5");
        var fifthPage = await fifth.Content.ReadAsStringAsync();
        Assert.Contains("This account is locked after repeated failed sign-ins. Try again after", fifthPage, StringComparison.Ordinal);

        using var right = await TestAccounts.PostLoginAsync(client, "signin-lock@test.local", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = app.Database.CreateContext();
        var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
        Assert.NotNull(stored.LockoutEnd);
        Assert.InRange(stored.LockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
        Assert.Contains(await db.AuditEntries.Where(e => e.UserId == user.Id).Select(e => e.Action).ToListAsync(), a => a == AuditAction.LockedOut);
    }

    [Fact]
    public async Task The_login_post_without_an_antiforgery_token_is_refused()
    {
        await TestAccounts.CreateInvestigatorAsync(app.Services, "signin-csrf@test.local", TestAccounts.Aphp);
        using var client = TestAccounts.CreateClient(app);
        var fields = await TestAccounts.HiddenFieldsAsync(client, AccountPaths.Login);
        Assert.True(fields.Remove("__RequestVerificationToken"), "The login form carries an antiforgery token.");
        fields["Input.Email"] = "signin-csrf@test.local";
        fields["Input.Password"] = TestAccounts.Password;

        using var response = await client.PostAsync(new Uri(AccountPaths.Login, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AccountSetup.CookieName + "=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_off_the_site_is_replaced_by_the_home_page(string returnUrl)
    {
        var email = $"signin-redirect-{Math.Abs(returnUrl.GetHashCode(StringComparison.Ordinal))}@test.local";
        await TestAccounts.CreateInvestigatorAsync(app.Services, email, TestAccounts.Aphp);
        using var client = TestAccounts.CreateClient(app);

        using var response = await TestAccounts.PostLoginAsync(client, email, TestAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", TestAccounts.LocalRedirectTarget(response));
    }

    [Fact]
    public async Task Sign_out_is_a_post_with_antiforgery_that_ends_the_session_and_is_audited()
    {
        var user = await TestAccounts.CreateInvestigatorAsync(app.Services, "signout@test.local", TestAccounts.Aphp);
        using var client = await TestAccounts.SignedInClientAsync(app, "signout@test.local");

        var fields = await TestAccounts.HiddenFieldsAsync(client, "/trials");
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), "The sign-out form carries an antiforgery token.");
        using var withoutToken = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "/trials" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        using var response = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/trials", TestAccounts.LocalRedirectTarget(response));
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("signout@test.local", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AuditAction.SignOut, (await LastAuditEntryAsync(e => e.UserId == user.Id)).Action);
    }

    private async Task<AuditEntry> LastAuditEntryAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.AuditEntries.Where(filter).OrderByDescending(e => e.Id).FirstAsync();
    }
}
