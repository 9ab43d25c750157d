using Microsoft.AspNetCore.Identity;

namespace TrialRegistry.Accounts;

/// <summary>A person who signs in: an investigator of one or more organizations, or an admin.</summary>
public class RegistryUser : IdentityUser
{
    /// <summary>The name shown in history and the audit log ("Dr Jane Roe").</summary>
    public string DisplayName { get; set; } = string.Empty;

    public List<OrganizationMembership> Memberships { get; set; } = [];

    /// <summary>True for the accounts `make run` creates in its demo database (named in the README).</summary>
    public bool IsDemo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
