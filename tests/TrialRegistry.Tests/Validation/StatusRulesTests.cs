using TrialRegistry.Trials;
using TrialRegistry.Validation;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class StatusRulesTests
{
    [Theory]
    [InlineData(OverallStatus.Suspended, "suspended")]
    [InlineData(OverallStatus.Terminated, "terminated")]
    [InlineData(OverallStatus.Withdrawn, "withdrawn")]
    public void A_stopped_study_says_why(OverallStatus status, string word)
    {
        var trial = Stopped(status);
        trial.WhyStopped = " ";

        AssertProblem(trial, "WhyStopped", $"Why stopped is required for a {word} study: say briefly why it stopped.");

        trial.WhyStopped = "Slow accrual";
        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void Why_stopped_is_only_for_stopped_studies()
    {
        var trial = New();
        trial.WhyStopped = "Was suspended in 2020";

        AssertProblem(trial, "WhyStopped", "Why stopped applies only to suspended, terminated or withdrawn studies; clear it or change the status.");
    }

    [Fact]
    public void A_withdrawn_study_enrolled_no_one()
    {
        var trial = Stopped(OverallStatus.Withdrawn);
        (trial.EnrollmentCount, trial.EnrollmentType) = (40, EnrollmentType.Estimated);

        AssertProblems(
            trial,
            new ValidationProblem("EnrollmentCount", "A withdrawn study enrolled no participants: the enrollment must be 0."),
            new ValidationProblem("EnrollmentType", "A withdrawn study's enrollment of 0 is a fact: the enrollment type must be actual."));
    }

    [Fact]
    public void A_withdrawn_study_without_an_enrollment_is_told_to_enter_0()
    {
        var trial = Stopped(OverallStatus.Withdrawn);
        (trial.EnrollmentCount, trial.EnrollmentType) = (null, null);

        AssertProblem(trial, "EnrollmentCount", "A withdrawn study enrolled no participants: the enrollment must be 0.");
    }

    [Fact]
    public void A_completed_study_has_actual_dates()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.Completed;
        trial.StartDate = RegistryDate.Month(2024, 1, DateType.Estimated);
        trial.PrimaryCompletionDate = RegistryDate.Month(2025, 3, DateType.Estimated);
        trial.CompletionDate = RegistryDate.Month(2025, 4, DateType.Estimated);

        AssertProblems(
            trial,
            new ValidationProblem("StartDate", "A completed study needs an actual start date: enter the date it started and mark it actual."),
            new ValidationProblem("PrimaryCompletionDate", "A completed study needs an actual primary completion date: enter the date it happened and mark it actual."),
            new ValidationProblem("CompletionDate", "A completed study needs an actual completion date: enter the date it happened and mark it actual."));

        trial.StartDate = trial.StartDate with { Type = DateType.Actual };
        trial.PrimaryCompletionDate = trial.PrimaryCompletionDate with { Type = DateType.Actual };
        trial.CompletionDate = trial.CompletionDate with { Type = DateType.Actual };
        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void A_study_not_yet_recruiting_has_not_started()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.NotYetRecruiting;

        AssertProblem(trial, "StartDate", "A study that is not yet recruiting has not started: its start date must be estimated.");
    }

    [Fact]
    public void A_study_not_yet_recruiting_has_a_start_date_to_come()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.NotYetRecruiting;
        trial.StartDate = RegistryDate.Month(2025, 5, DateType.Estimated);

        AssertProblem(trial, "StartDate", "The estimated start date 2025-05 has passed while the study is not yet recruiting: update the start date or the status.");

        trial.StartDate = RegistryDate.Month(2025, 6, DateType.Estimated);
        Assert.Empty(Validate(trial));
        trial.StartDate = RegistryDate.Day(2025, 9, 1, DateType.Estimated);
        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void An_unknown_status_keeps_the_last_known_status()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.Unknown;

        AssertProblem(trial, "LastKnownStatus", "Last known status is required when the status is unknown: choose the status last verified.");

        trial.LastKnownStatus = OverallStatus.Recruiting;
        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void The_last_known_status_is_only_for_an_unknown_status()
    {
        var trial = New();
        trial.LastKnownStatus = OverallStatus.Recruiting;

        AssertProblem(trial, "LastKnownStatus", "Last known status applies only when the status is unknown; clear it.");
    }

    [Fact]
    public void Only_an_active_status_can_become_unknown()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.Unknown;
        trial.LastKnownStatus = OverallStatus.Completed;

        AssertProblem(trial, "LastKnownStatus", "Last known status must be not yet recruiting, recruiting, enrolling by invitation or active, not recruiting: only those become unknown.");
    }

    private static Trial Stopped(OverallStatus status)
    {
        var trial = New();
        trial.OverallStatus = status;
        trial.WhyStopped = "Slow accrual";
        if (status == OverallStatus.Withdrawn)
        {
            (trial.EnrollmentCount, trial.EnrollmentType) = (0, EnrollmentType.Actual);
        }

        return trial;
    }
}
