using TrialRegistry.Trials;
using TrialRegistry.Validation;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

// Today is 2025-06-15 (ValidTrial.Today).
public sealed class DateRulesTests
{
    [Fact]
    public void The_study_dates_are_required()
    {
        var trial = New();
        (trial.StartDate, trial.PrimaryCompletionDate, trial.CompletionDate) = (null, null, null);

        AssertProblems(
            trial,
            new ValidationProblem("StartDate", "Start date is required."),
            new ValidationProblem("PrimaryCompletionDate", "Primary completion date is required."),
            new ValidationProblem("CompletionDate", "Completion date is required."));
    }

    [Fact]
    public void An_expanded_access_record_has_no_study_dates()
    {
        var trial = New();
        trial.StudyType = StudyType.ExpandedAccess;
        trial.Phases = [];
        (trial.StartDate, trial.PrimaryCompletionDate, trial.CompletionDate) = (null, null, null);

        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void A_study_date_must_say_actual_or_estimated()
    {
        var trial = New();
        trial.StartDate = RegistryDate.Day(2024, 1, 15);

        AssertProblem(trial, "StartDate", "Start date must be marked actual or estimated.");
    }

    [Fact]
    public void A_past_estimated_date_must_become_actual()
    {
        var trial = New();
        trial.PrimaryCompletionDate = RegistryDate.Month(2025, 5, DateType.Estimated);

        AssertProblem(trial, "PrimaryCompletionDate", "Primary completion date 2025-05 is in the past and must be actual: enter the date it happened and mark it actual.");
    }

    [Fact]
    public void A_future_actual_date_must_become_estimated()
    {
        var trial = New();
        trial.CompletionDate = RegistryDate.Day(2027, 1, 1, DateType.Actual);

        AssertProblem(trial, "CompletionDate", "Completion date 2027-01-01 is in the future and must be estimated: mark it estimated, or correct the date.");
    }

    [Theory]
    [InlineData(DateType.Actual)]
    [InlineData(DateType.Estimated)]
    public void A_period_that_contains_today_may_be_actual_or_estimated(DateType type)
    {
        var month = New();
        month.PrimaryCompletionDate = RegistryDate.Month(2025, 6, type);
        month.CompletionDate = RegistryDate.Month(2025, 6, type);
        Assert.Empty(Validate(month));

        var day = New();
        day.PrimaryCompletionDate = RegistryDate.Day(2025, 6, 15, type);
        Assert.Empty(Validate(day));
    }

    [Fact]
    public void The_primary_completion_cannot_come_before_the_start()
    {
        var trial = New();
        trial.PrimaryCompletionDate = RegistryDate.Day(2024, 1, 14, DateType.Actual);

        AssertProblem(trial, "PrimaryCompletionDate", "Primary completion date 2024-01-14 is before the start date 2024-01-15; it must be on or after it.");
    }

    [Fact]
    public void The_completion_cannot_come_before_the_primary_completion()
    {
        var trial = New();
        trial.CompletionDate = RegistryDate.Month(2026, 5, DateType.Estimated);

        AssertProblem(trial, "CompletionDate", "Completion date 2026-05 is before the primary completion date 2026-06; it must be on or after it.");
    }

    [Fact]
    public void Dates_compare_at_the_coarser_precision()
    {
        var trial = New();
        trial.StartDate = RegistryDate.Day(2024, 5, 14, DateType.Actual);
        trial.PrimaryCompletionDate = RegistryDate.Month(2024, 5, DateType.Actual);
        trial.CompletionDate = new RegistryDate(new DateOnly(2024, 1, 1), DatePrecision.Year, DateType.Actual);

        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void The_completion_cannot_come_before_the_start_even_when_each_neighbour_is_in_order()
    {
        var trial = New();
        trial.StartDate = RegistryDate.Day(2024, 5, 14, DateType.Actual);
        trial.PrimaryCompletionDate = RegistryDate.Month(2024, 5, DateType.Actual);
        trial.CompletionDate = RegistryDate.Day(2024, 5, 10, DateType.Actual);

        AssertProblem(trial, "CompletionDate", "Completion date 2024-05-10 is before the start date 2024-05-14; it must be on or after it.");
    }

    [Theory]
    [InlineData(OverallStatus.Unknown)]
    [InlineData(OverallStatus.Withdrawn)]
    public void Past_estimated_dates_stand_when_nobody_knows_what_happened_or_nothing_did(OverallStatus status)
    {
        var trial = New();
        trial.OverallStatus = status;
        trial.LastKnownStatus = status == OverallStatus.Unknown ? OverallStatus.Recruiting : null;
        trial.WhyStopped = status == OverallStatus.Withdrawn ? "No funding" : null;
        (trial.EnrollmentCount, trial.EnrollmentType) = status == OverallStatus.Withdrawn ? (0, EnrollmentType.Actual) : (40, EnrollmentType.Estimated);
        trial.StartDate = RegistryDate.Month(2024, 1, DateType.Estimated);
        trial.PrimaryCompletionDate = RegistryDate.Month(2025, 1, DateType.Estimated);
        trial.CompletionDate = RegistryDate.Month(2025, 3, DateType.Estimated);

        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void The_status_verified_date_is_required()
    {
        var trial = New();
        trial.StatusVerifiedDate = null;

        AssertProblem(trial, "StatusVerifiedDate", "Status verified date is required: enter the month the status was last verified.");
    }

    [Fact]
    public void The_status_verified_date_cannot_be_in_the_future()
    {
        var trial = New();
        trial.StatusVerifiedDate = RegistryDate.Month(2025, 7);
        AssertProblem(trial, "StatusVerifiedDate", "Status verified date 2025-07 is in the future; enter the month the status was last verified.");

        trial.StatusVerifiedDate = RegistryDate.Month(2025, 6);
        Assert.Empty(Validate(trial));
    }
}
