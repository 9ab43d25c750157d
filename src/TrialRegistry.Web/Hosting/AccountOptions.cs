using Microsoft.AspNetCore.Http;

namespace TrialRegistry.Web.Hosting;

/// <summary>The "Accounts" section: how the sign-in cookie is sent.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// SameAsRequest (default) marks the cookie Secure whenever the request came over https, so the
    /// plain-http development server (127.0.0.1) works; set Always when the app is only reached
    /// over https (behind a proxy that terminates TLS, the browser still sees https).
    /// </summary>
    public CookieSecurePolicy CookieSecurePolicy { get; set; } = CookieSecurePolicy.SameAsRequest;
}

/// <summary>
/// The "Admin" section: the first admin, created at start when the registry has no admin yet
/// (e.g. Admin__Email and Admin__Password in the environment). Nothing happens when it is empty.
/// </summary>
public sealed class FirstAdminOptions
{
    public const string Section = "Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }
}
