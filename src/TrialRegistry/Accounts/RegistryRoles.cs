namespace TrialRegistry.Accounts;

/// <summary>The two roles: admins may do everything; investigators act for their organizations.</summary>
public static class RegistryRoles
{
    public const string Admin = "Admin";

    public const string Investigator = "Investigator";

    public static IReadOnlyList<string> All { get; } = [Admin, Investigator];
}
