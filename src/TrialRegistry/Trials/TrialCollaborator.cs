using TrialRegistry.Organizations;

namespace TrialRegistry.Trials;

public class TrialCollaborator
{
    public int TrialId { get; set; }

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public int Ordinal { get; set; }
}
