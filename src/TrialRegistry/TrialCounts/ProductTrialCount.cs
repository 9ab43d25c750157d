namespace TrialRegistry.TrialCounts;

/// <summary>
/// How many distinct trials test a product (through any of their interventions), kept for the
/// products index to sort by (docs/decisions/0027-trial-counts.md). Derived: triggers mark what
/// changed and <see cref="TrialCountRefresh"/> recounts it; nothing else writes it.
/// </summary>
public sealed class ProductTrialCount
{
    public int ProductId { get; set; }

    public int Trials { get; set; }
}
