using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>The PRS length limits (<see cref="PrsLimits"/>), on the record and within its rows.</summary>
internal static class LengthRules
{
    public static void Check(Trial trial, ProblemList problems)
    {
        problems.MaxLength(nameof(Trial.OrgStudyId), "Organization's study ID", trial.OrgStudyId, PrsLimits.OrgStudyId);
        problems.MaxLength(nameof(Trial.BriefTitle), "Brief title", trial.BriefTitle, PrsLimits.BriefTitle);
        problems.MaxLength(nameof(Trial.OfficialTitle), "Official title", trial.OfficialTitle, PrsLimits.OfficialTitle);
        problems.MaxLength(nameof(Trial.Acronym), "Acronym", trial.Acronym, PrsLimits.Acronym);
        problems.MaxLength(nameof(Trial.WhyStopped), "Why stopped", trial.WhyStopped, PrsLimits.WhyStopped);
        problems.MaxLength(nameof(Trial.BriefSummary), "Brief summary", trial.BriefSummary, PrsLimits.BriefSummary);
        problems.MaxLength(nameof(Trial.DetailedDescription), "Detailed description", trial.DetailedDescription, PrsLimits.DetailedDescription);

        var keywords = trial.Keywords ?? [];
        for (var i = 0; i < keywords.Count; i++)
        {
            problems.MaxLength($"Keywords[{i}]", "Keyword", keywords[i], PrsLimits.Keyword);
        }

        if (trial.Design is { } design)
        {
            problems.MaxLength("Design.InterventionModelDescription", "Model description", design.InterventionModelDescription, PrsLimits.DesignDescription);
            problems.MaxLength("Design.MaskingDescription", "Masking description", design.MaskingDescription, PrsLimits.DesignDescription);
        }

        if (trial.Eligibility is { } eligibility)
        {
            problems.MaxLength("Eligibility.Criteria", "Eligibility criteria", eligibility.Criteria, PrsLimits.EligibilityCriteria);
            problems.MaxLength("Eligibility.StudyPopulation", "Study population", eligibility.StudyPopulation, PrsLimits.StudyPopulation);
        }

        CheckRows(trial, problems);
    }

    private static void CheckRows(Trial trial, ProblemList problems)
    {
        var arms = trial.Arms ?? [];
        for (var i = 0; i < arms.Count; i++)
        {
            problems.MaxLength($"Arms[{i}].Label", "Arm label", arms[i]?.Label, PrsLimits.ArmLabel);
            problems.MaxLength($"Arms[{i}].Description", "Arm description", arms[i]?.Description, PrsLimits.ArmDescription);
        }

        var interventions = trial.Interventions ?? [];
        for (var i = 0; i < interventions.Count; i++)
        {
            problems.MaxLength($"Interventions[{i}].Name", "Intervention name", interventions[i]?.Name, PrsLimits.InterventionName);
            problems.MaxLength($"Interventions[{i}].Description", "Intervention description", interventions[i]?.Description, PrsLimits.InterventionDescription);
        }

        var outcomes = trial.Outcomes ?? [];
        for (var i = 0; i < outcomes.Count; i++)
        {
            problems.MaxLength($"Outcomes[{i}].Measure", "Outcome measure", outcomes[i]?.Measure, PrsLimits.OutcomeMeasure);
            problems.MaxLength($"Outcomes[{i}].Description", "Outcome description", outcomes[i]?.Description, PrsLimits.OutcomeDescription);
            problems.MaxLength($"Outcomes[{i}].TimeFrame", "Outcome time frame", outcomes[i]?.TimeFrame, PrsLimits.OutcomeTimeFrame);
        }
    }
}
