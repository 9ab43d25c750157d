using System.Linq.Expressions;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// How far along a trial is, as one number SQL can MAX over: Early Phase 1 (1) &lt; Phase 1 (2) &lt;
/// Phase 2 (3) &lt; Phase 3 (4) &lt; Phase 4 (5). A combined phase counts as its higher part (Phase 1/Phase 2
/// is Phase 2); Not applicable and no phase are 0, so they never raise a product's stage.
/// </summary>
public static class BrowsePhaseRank
{
    /// <summary>The pipeline's columns, in order.</summary>
    public static IReadOnlyList<Phase> Stages => StageArray;

    /// <summary>Translated by EF Core into a CASE over the trial's phases array (text[] = ANY tests).</summary>
    public static Expression<Func<Trial, int?>> OfTrial { get; } = t =>
        t.Phases.Contains(Phase.Phase4) ? 5
        : t.Phases.Contains(Phase.Phase3) ? 4
        : t.Phases.Contains(Phase.Phase2) ? 3
        : t.Phases.Contains(Phase.Phase1) ? 2
        : t.Phases.Contains(Phase.EarlyPhase1) ? 1
        : 0;

    /// <summary>The phase a rank stands for; null for 0 (no phase, or Not applicable only) and for no trials.</summary>
    public static Phase? ToPhase(int? rank) => rank is >= 1 and <= 5 ? Stages[rank.Value - 1] : null;

    /// <summary>The rank of a phase in the pipeline order (0 for Not applicable).</summary>
    public static int Of(Phase phase) => Array.IndexOf(StageArray, phase) + 1;

    private static readonly Phase[] StageArray = [Phase.EarlyPhase1, Phase.Phase1, Phase.Phase2, Phase.Phase3, Phase.Phase4];
}
