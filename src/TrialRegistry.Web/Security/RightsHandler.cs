using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Accounts;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Security;

/// <summary>
/// Decides the registry's requirements with <see cref="EditRights"/>, against the database at each
/// check (a fresh short-lived context: handlers also run inside Blazor circuits). A resource that
/// names no record, or a record that does not exist, fails the requirement.
/// </summary>
public sealed class RightsHandler(IDbContextFactory<RegistryDbContext> dbFactory) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var pending = context.PendingRequirements.ToList();
        if (pending.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        foreach (var requirement in pending)
        {
            if (await IsMetAsync(db, requirement, userId, context.Resource))
            {
                context.Succeed(requirement);
            }
        }
    }

    private static async Task<bool> IsMetAsync(RegistryDbContext db, IAuthorizationRequirement requirement, string userId, object? resource)
    {
        switch (requirement)
        {
            case AdminRequirement:
                return await EditRights.IsAdminAsync(db, userId);
            case CreateTrialRequirement:
                return await EditRights.MayCreateTrialsAsync(db, userId);
            case EditTrialRequirement:
                return PolicyResources.RegistryId(resource) is { } registryId
                    && await EditRights.MayEditTrialAsync(db, userId, registryId);
            case EditProductRecordsRequirement:
                return PolicyResources.ProductId(resource) is { } productId
                    && await EditRights.MayEditProductRecordsAsync(db, userId, productId);
            default:
                return false;
        }
    }
}
