namespace TrialRegistry.Web.Components.Pages.Account;

/// <summary>The account addresses agreed across the app (cookie options, links, tests).</summary>
public static class AccountPaths
{
    public const string Login = "/account/login";

    public const string Logout = "/account/logout";

    public const string AccessDenied = "/account/access-denied";

    public const string ReturnUrlParameter = "ReturnUrl";

    /// <summary>
    /// The return address when it is a local path ("/trials/NCT03562065/edit"), "/" otherwise: an
    /// absolute URL, a protocol-relative "//evil.example" or a "/\evil.example" would send the user
    /// off-site after signing in (open redirect).
    /// </summary>
    public static string LocalOrHome(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/')
        {
            return "/";
        }

        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
        {
            return "/";
        }

        // Control characters (a tab or newline inside "/\t/evil") are dropped by browsers before parsing.
        return returnUrl.Any(char.IsControl) ? "/" : returnUrl;
    }

    public static string LoginFor(string returnPath)
        => $"{Login}?{ReturnUrlParameter}={Uri.EscapeDataString(returnPath)}";
}
