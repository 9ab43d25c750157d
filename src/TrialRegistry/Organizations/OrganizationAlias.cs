namespace TrialRegistry.Organizations;

/// <summary>Another name under which an organization appears ("APHP", "AP-HP").</summary>
public class OrganizationAlias
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string Name { get; set; }

    /// <summary>Unique across aliases, so an alias points at exactly one organization.</summary>
    public required string NormalizedName { get; set; }
}
