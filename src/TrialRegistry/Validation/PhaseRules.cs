using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// Study phase as PRS asks for it: required for interventional studies, where "Not Applicable"
/// (NA) is an answer; one phase or the two combinations PRS offers (docs/decisions/0009).
/// </summary>
internal static class PhaseRules
{
    /// <summary>The choices of PRS's Study Phase list, as sets.</summary>
    private static readonly Phase[][] Choices =
    [
        [Phase.NA], [Phase.EarlyPhase1], [Phase.Phase1], [Phase.Phase1, Phase.Phase2],
        [Phase.Phase2], [Phase.Phase2, Phase.Phase3], [Phase.Phase3], [Phase.Phase4],
    ];

    public static void Check(Trial trial, ProblemList problems)
    {
        var phases = (trial.Phases ?? []).Distinct().Order().ToArray();
        if (phases.Length == 0)
        {
            if (trial.StudyType == StudyType.Interventional)
            {
                problems.Add(nameof(Trial.Phases), "Phase is required for an interventional study; choose \"Not Applicable\" when the study has no phase (devices, behavioral interventions).");
            }

            return;
        }

        if (trial.StudyType != StudyType.Interventional)
        {
            // CT.gov publishes no phase for observational and expanded access records; NA says as much.
            if (!phases.SequenceEqual([Phase.NA]))
            {
                problems.Add(nameof(Trial.Phases), "Phase applies only to interventional studies; remove it.");
            }

            return;
        }

        if (!Choices.Any(choice => choice.SequenceEqual(phases)))
        {
            problems.Add(nameof(Trial.Phases), "Choose one phase, or Phase 1/Phase 2, or Phase 2/Phase 3; \"Not Applicable\" cannot be combined with a phase.");
        }
    }
}
