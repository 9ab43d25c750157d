using Microsoft.AspNetCore.Authorization;

namespace TrialRegistry.Web.Security;

/// <summary>The user holds the Admin role (read from the database at each check).</summary>
public sealed class AdminRequirement : IAuthorizationRequirement;

/// <summary>The user may register new trials: admin, or member of at least one organization.</summary>
public sealed class CreateTrialRequirement : IAuthorizationRequirement;

/// <summary>The user may edit the trial named by the resource: admin, or member of its lead sponsor.</summary>
public sealed class EditTrialRequirement : IAuthorizationRequirement;

/// <summary>The user may edit the linked records of the product named by the resource: admin, or member of a developer.</summary>
public sealed class EditProductRecordsRequirement : IAuthorizationRequirement;
