using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>Eligibility ages: in the CT.gov form, and the minimum not above the maximum.</summary>
internal static class AgeRules
{
    private const string Form = "a number and a unit, e.g. \"18 Years\" (Years, Months, Weeks, Days, Hours or Minutes)";

    public static void Check(Trial trial, ProblemList problems)
    {
        if (trial.Eligibility is not { } eligibility)
        {
            return;
        }

        var minimum = Parse("Eligibility.MinimumAge", "Minimum age", eligibility.MinimumAge, problems);
        var maximum = Parse("Eligibility.MaximumAge", "Maximum age", eligibility.MaximumAge, problems);
        if (minimum > maximum)
        {
            problems.Add("Eligibility.MinimumAge", $"Minimum age {eligibility.MinimumAge} is above the maximum age {eligibility.MaximumAge}; correct one of them.");
        }
    }

    /// <summary>Minutes, or null when there is no age (no limit) or it is not in the CT.gov form (reported).</summary>
    private static long? Parse(string field, string label, string? text, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var minutes = EligibilityAge.TryParseMinutes(text);
        if (minutes is null)
        {
            problems.Add(field, $"{label} \"{text}\" is not an age the registry reads: write {Form}, or leave it empty for no limit.");
        }

        return minutes;
    }
}
