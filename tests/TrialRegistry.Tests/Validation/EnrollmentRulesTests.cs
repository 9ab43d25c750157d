using TrialRegistry.Trials;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class EnrollmentRulesTests
{
    [Fact]
    public void Enrollment_is_not_negative()
    {
        var trial = New();
        trial.EnrollmentCount = -1;

        AssertProblem(trial, "EnrollmentCount", "Enrollment cannot be negative: enter the number of participants.");
    }

    [Fact]
    public void An_enrollment_says_whether_it_is_actual_or_estimated()
    {
        var trial = New();
        trial.EnrollmentType = null;

        AssertProblem(trial, "EnrollmentType", "Enrollment type is required with an enrollment: choose actual or estimated.");
    }

    [Fact]
    public void No_enrollment_at_all_is_allowed_and_zero_is_an_enrollment()
    {
        var trial = New();
        (trial.EnrollmentCount, trial.EnrollmentType) = (null, null);
        Assert.Empty(Validate(trial));

        (trial.EnrollmentCount, trial.EnrollmentType) = (0, EnrollmentType.Actual);
        Assert.Empty(Validate(trial));
    }
}
