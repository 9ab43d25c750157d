using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;

namespace TrialRegistry.Web.Security;

/// <summary>
/// The signed-in user as the domain's <see cref="Actor"/>, for use cases called from pages and
/// endpoints (history, audit log). The client address comes from the current HTTP request: the page
/// request when prerendering or static, the circuit's connection when interactive (best effort;
/// null when the server cannot tell).
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication, IHttpContextAccessor httpContextAccessor)
{
    public async Task<Actor?> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return From(user, httpContextAccessor.HttpContext);
    }

    /// <summary>Null for an anonymous principal.</summary>
    public static Actor? From(ClaimsPrincipal user, HttpContext? http)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        // IsAdmin from the cookie's role claim is a hint for display; use cases that decide rights
        // ask EditRights, which reads the database.
        return new Actor(userId, user.Identity.Name ?? userId, user.IsInRole(RegistryRoles.Admin), http?.Connection.RemoteIpAddress?.ToString());
    }
}
