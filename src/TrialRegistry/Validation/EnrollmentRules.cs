using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>Enrollment: a count of people, so never negative, and always said to be actual or estimated.</summary>
internal static class EnrollmentRules
{
    public static void Check(Trial trial, ProblemList problems)
    {
        if (trial.EnrollmentCount < 0)
        {
            problems.Add(nameof(Trial.EnrollmentCount), "Enrollment cannot be negative: enter the number of participants.");
        }

        if (trial.EnrollmentCount is not null && trial.EnrollmentType is null)
        {
            problems.Add(nameof(Trial.EnrollmentType), "Enrollment type is required with an enrollment: choose actual or estimated.");
        }
    }
}
