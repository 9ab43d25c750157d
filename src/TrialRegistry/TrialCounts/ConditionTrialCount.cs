namespace TrialRegistry.TrialCounts;

/// <summary>
/// How many trials study a condition, kept for the conditions index to sort by
/// (docs/decisions/0027-trial-counts.md). Derived: triggers mark what changed and
/// <see cref="TrialCountRefresh"/> recounts it; nothing else writes it.
/// </summary>
public sealed class ConditionTrialCount
{
    public int ConditionId { get; set; }

    public int Trials { get; set; }
}
