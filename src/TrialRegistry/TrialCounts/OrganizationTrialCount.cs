namespace TrialRegistry.TrialCounts;

/// <summary>
/// How many trials an organization leads, kept for the organizations index to sort by
/// (docs/decisions/0027-trial-counts.md). Derived: triggers mark what changed and
/// <see cref="TrialCountRefresh"/> recounts it; nothing else writes it.
/// </summary>
public sealed class OrganizationTrialCount
{
    public int OrganizationId { get; set; }

    public int LeadTrials { get; set; }
}
