using TrialRegistry.Organizations;

namespace TrialRegistry.Accounts;

/// <summary>An investigator belongs to an organization: they may create and edit its trials and the linked records of its products.</summary>
public class OrganizationMembership
{
    public required string UserId { get; set; }

    public RegistryUser User { get; set; } = null!;

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;
}
