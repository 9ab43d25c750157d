using TrialRegistry.Trials;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class PhaseRulesTests
{
    [Fact]
    public void An_interventional_study_needs_a_phase()
    {
        var trial = New();
        trial.Phases = [];

        AssertProblem(trial, "Phases", "Phase is required for an interventional study; choose \"Not Applicable\" when the study has no phase (devices, behavioral interventions).");
    }

    public static TheoryData<Phase[]> AcceptedPhases() => new()
    {
        new[] { Phase.NA }, new[] { Phase.EarlyPhase1 }, new[] { Phase.Phase1 }, new[] { Phase.Phase2, Phase.Phase1 },
        new[] { Phase.Phase2 }, new[] { Phase.Phase2, Phase.Phase3 }, new[] { Phase.Phase3 }, new[] { Phase.Phase4 },
    };

    [Theory]
    [MemberData(nameof(AcceptedPhases))]
    public void The_choices_of_PRS_are_accepted_for_an_interventional_study(Phase[] phases)
    {
        var trial = New();
        trial.Phases = [.. phases];

        Assert.Empty(Validate(trial));
    }

    public static TheoryData<Phase[]> RefusedPhases() => new()
    {
        new[] { Phase.Phase1, Phase.Phase3 }, new[] { Phase.NA, Phase.Phase2 }, new[] { Phase.Phase1, Phase.Phase2, Phase.Phase3 }, new[] { Phase.EarlyPhase1, Phase.Phase1 },
    };

    [Theory]
    [MemberData(nameof(RefusedPhases))]
    public void Other_combinations_are_refused(Phase[] phases)
    {
        var trial = New();
        trial.Phases = [.. phases];

        AssertProblem(trial, "Phases", "Choose one phase, or Phase 1/Phase 2, or Phase 2/Phase 3; \"Not Applicable\" cannot be combined with a phase.");
    }

    [Fact]
    public void An_observational_study_has_no_phase()
    {
        var trial = New();
        trial.StudyType = StudyType.Observational;

        AssertProblem(trial, "Phases", "Phase applies only to interventional studies; remove it.");

        trial.Phases = [Phase.NA];
        Assert.Empty(Validate(trial));
        trial.Phases = [];
        Assert.Empty(Validate(trial));
    }
}
