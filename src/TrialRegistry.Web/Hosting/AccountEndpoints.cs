using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Web.Components.Pages.Account;

namespace TrialRegistry.Web.Hosting;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/logout: a form post (so a link or image elsewhere cannot sign anyone out),
    /// checked for its antiforgery token by UseAntiforgery because it binds form data.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.Logout, async (
            ClaimsPrincipal user,
            SignInManager<RegistryUser> signInManager,
            SignInAudit audit,
            [FromForm(Name = AccountPaths.ReturnUrlParameter)] string? returnUrl) =>
        {
            if (user.Identity?.IsAuthenticated == true && await signInManager.UserManager.GetUserAsync(user) is { } signedIn)
            {
                await audit.RecordAsync(signedIn, signedIn.Email ?? string.Empty, AuditAction.SignOut);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(AccountPaths.LocalOrHome(returnUrl));
        });
    }
}
