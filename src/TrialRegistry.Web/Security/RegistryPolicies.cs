namespace TrialRegistry.Web.Security;

/// <summary>
/// The authorization policies of the app, by name. Pages use them in [Authorize(Policy = ...)],
/// endpoints in RequireAuthorization(...), components through IAuthorizationService.
/// </summary>
public static class RegistryPolicies
{
    /// <summary>Admin pages (users, audit log, import).</summary>
    public const string Admin = "Admin";

    /// <summary>Register a new trial: admins, and investigators with at least one organization.</summary>
    public const string CreateTrial = "CreateTrial";

    /// <summary>
    /// Edit one trial: admins, and investigators of its lead sponsor. The resource is the trial's
    /// registry id: a <see cref="TrialResource"/>, or the route value "RegistryId" when the policy
    /// guards a page (/trials/{RegistryId}/edit) or an endpoint.
    /// </summary>
    public const string EditTrial = "EditTrial";

    /// <summary>
    /// Create and edit a product's linked records: admins, and investigators of one of the product's
    /// developing organizations. The resource is a <see cref="ProductResource"/>, or the route value
    /// "ProductId".
    /// </summary>
    public const string EditProductRecords = "EditProductRecords";
}

/// <summary>The resource of <see cref="RegistryPolicies.EditTrial"/> when checked in code.</summary>
public sealed record TrialResource(string RegistryId);

/// <summary>The resource of <see cref="RegistryPolicies.EditProductRecords"/> when checked in code.</summary>
public sealed record ProductResource(int ProductId);
