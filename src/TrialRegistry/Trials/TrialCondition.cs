using TrialRegistry.Conditions;

namespace TrialRegistry.Trials;

/// <summary>A condition as listed on a trial, in the registry's order.</summary>
public class TrialCondition
{
    public int TrialId { get; set; }

    public int ConditionId { get; set; }

    public Condition Condition { get; set; } = null!;

    public int Ordinal { get; set; }
}
