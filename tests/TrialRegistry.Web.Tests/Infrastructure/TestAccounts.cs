using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrialRegistry.Accounts;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Tests.Infrastructure;

/// <summary>
/// Test users and sign-in, for any test that needs an account: users are created through the app's
/// own UserManager (password rules, lockout settings and roles as in production), and sign in goes
/// through the real login form (antiforgery token included), over HTTP or in a browser.
/// </summary>
public static partial class TestAccounts
{
    /// <summary>Meets the password rules (12+ characters, three character classes).</summary>
    public const string Password = "Test-Password-42";

    /// <summary>Lead sponsor of the seed trial NCT03562065 and developer of the seed product (demo data).</summary>
    public const string Aphp = "Assistance Publique - Hôpitaux de Paris";

    /// <summary>An organization of the demo data that neither leads the seed trial nor develops the seed product.</summary>
    public const string Ucl = "University College London";

    public const string SeedTrial = "NCT03562065";

    public const string SeedProduct = "Allogeneic Umbilical Cord derived Mesenchymal Stem Cells";

    /// <summary>
    /// Creates a user (e-mail as user name) with the given roles and memberships of the named
    /// organizations (exact names). Roles are created when missing.
    /// </summary>
    public static async Task<RegistryUser> CreateUserAsync(
        IServiceProvider services, string email, IEnumerable<string> roles, IEnumerable<string> organizationNames, string password = Password)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();

        var names = organizationNames.ToList();
        var organizations = await db.Organizations.Where(o => names.Contains(o.Name)).Select(o => o.Id).ToListAsync();
        if (organizations.Count != names.Count)
        {
            throw new InvalidOperationException($"Not every organization exists: {string.Join(", ", names)}");
        }

        var user = new RegistryUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email.Split('@')[0],
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(user, password), email);
        foreach (var role in roles)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }

            Check(await users.AddToRoleAsync(user, role), email);
        }

        db.Memberships.AddRange(organizations.Select(id => new OrganizationMembership { UserId = user.Id, OrganizationId = id }));
        await db.SaveChangesAsync();
        return user;
    }

    public static Task<RegistryUser> CreateAdminAsync(IServiceProvider services, string email)
        => CreateUserAsync(services, email, [RegistryRoles.Admin], []);

    public static Task<RegistryUser> CreateInvestigatorAsync(IServiceProvider services, string email, params string[] organizationNames)
        => CreateUserAsync(services, email, [RegistryRoles.Investigator], organizationNames);

    /// <summary>
    /// A client that keeps cookies and does not follow redirects (so tests see 302s), not signed in.
    /// </summary>
    public static HttpClient CreateClient(RegistryAppFactory app)
        => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A cookie-keeping client signed in through the login form; throws when sign-in fails.</summary>
    public static async Task<HttpClient> SignedInClientAsync(RegistryAppFactory app, string email, string password = Password)
    {
        var client = CreateClient(app);
        using var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>
    /// Posts the login form as a browser would: GET the page, take its hidden fields (antiforgery
    /// token, form name), fill e-mail and password. Success is a 302 to the return address.
    /// </summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/account/login" : "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var fields = await HiddenFieldsAsync(client, path);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>The hidden inputs of the page's forms (name → value): __RequestVerificationToken, _handler, ReturnUrl...</summary>
    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(HttpClient client, string path)
    {
        using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(html))
        {
            var name = Attribute(input.Value, "name");
            if (name is not null)
            {
                fields[name] = WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? string.Empty);
            }
        }

        return fields;
    }

    /// <summary>Signs a Playwright page in through the login form and waits for the redirect away from it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = Password, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/account/login" : "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        // The sign-in cookie comes with the redirect: once the next address commits, the session is
        // signed in. Waiting for that page's load event too only adds a way to time out.
        await page.WaitForURLAsync(
            url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>
    /// Checks that a page answered as an authorization rule says: a redirect to the login page with
    /// the path as return address, a 403 showing the access-denied panel, or the page itself.
    /// </summary>
    public static async Task AssertAuthorizedResponseAsync(HttpResponseMessage response, string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        switch (expected)
        {
            case HttpStatusCode.Redirect:
                Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString(path), LocalRedirectTarget(response));
                break;
            case HttpStatusCode.Forbidden:
                Assert.Contains("data-testid=\"access-denied\"", body, StringComparison.Ordinal);
                break;
            default:
                Assert.DoesNotContain("data-testid=\"access-denied\"", body, StringComparison.Ordinal);
                break;
        }
    }

    /// <summary>
    /// Where a redirect goes, as path and query when it stays on the app's host (the server may
    /// send absolute or relative Location headers); the whole address when it leaves the site.
    /// </summary>
    public static string? LocalRedirectTarget(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null || !location.IsAbsoluteUri)
        {
            return location?.OriginalString;
        }

        var requested = response.RequestMessage?.RequestUri;
        return requested is not null && Uri.Compare(location, requested, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? location.PathAndQuery
            : location.OriginalString;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\b" + name + "=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
