using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// What every record must have (docs/decisions/0009): the PRS required elements this registry
/// models, and the one required cell of each list row.
/// </summary>
internal static class RequiredRules
{
    public static void Check(Trial trial, ProblemList problems)
    {
        problems.Required(nameof(Trial.RegistryId), "Registry identifier", trial.RegistryId);
        problems.Required(nameof(Trial.BriefTitle), "Brief title", trial.BriefTitle);
        problems.Required(nameof(Trial.BriefSummary), "Brief summary", trial.BriefSummary);

        // Both enums are non-nullable, so "missing" can only mean a value outside the enum (an API
        // client sending 99): the same words as a missing field, since that is what it amounts to.
        if (!Enum.IsDefined(trial.OverallStatus))
        {
            problems.Add(nameof(Trial.OverallStatus), "Overall status is required.");
        }

        if (!Enum.IsDefined(trial.StudyType))
        {
            problems.Add(nameof(Trial.StudyType), "Study type is required.");
        }

        if (trial.LeadSponsorId <= 0 && trial.LeadSponsor is null)
        {
            problems.Add(nameof(Trial.LeadSponsor), "Lead sponsor is required.");
        }

        CheckConditions(trial, problems);
        CheckRows(trial, problems);
    }

    private static void CheckConditions(Trial trial, ProblemList problems)
    {
        var conditions = trial.Conditions ?? [];
        if (conditions.Count == 0)
        {
            problems.Add(nameof(Trial.Conditions), "At least one condition is required.");
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            // A row points at a stored condition (id) or brings a new one (name): a row with neither is empty.
            if (conditions[i] is not { } row || (row.ConditionId <= 0 && string.IsNullOrWhiteSpace(row.Condition?.Name)))
            {
                problems.Add($"Conditions[{i}]", "Condition is required; remove the row if it is not needed.");
            }
        }
    }

    private static void CheckRows(Trial trial, ProblemList problems)
    {
        var arms = trial.Arms ?? [];
        for (var i = 0; i < arms.Count; i++)
        {
            problems.Required($"Arms[{i}].Label", "Arm label", arms[i]?.Label);
        }

        var interventions = trial.Interventions ?? [];
        for (var i = 0; i < interventions.Count; i++)
        {
            problems.Required($"Interventions[{i}].Name", "Intervention name", interventions[i]?.Name);
        }

        var outcomes = trial.Outcomes ?? [];
        for (var i = 0; i < outcomes.Count; i++)
        {
            problems.Required($"Outcomes[{i}].Measure", "Outcome measure", outcomes[i]?.Measure);
        }
    }
}
