using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// The study dates: given (except for expanded access), marked actual or estimated, in order, and
/// actual when past, estimated when future (docs/decisions/0009). Dates are compared as the periods
/// they name (<see cref="RegistryDatePeriod"/>).
/// </summary>
internal static class DateRules
{
    public static void Check(Trial trial, DateOnly today, ProblemList problems)
    {
        // Expanded access records have no study dates on CT.gov.
        var datesRequired = trial.StudyType != StudyType.ExpandedAccess;
        foreach (var date in StudyDate.Of(trial))
        {
            if (date.Value is null)
            {
                if (datesRequired)
                {
                    problems.Add(date.Field, $"{date.Label} is required.");
                }
            }
            else if (date.Value.Type is null)
            {
                problems.Add(date.Field, $"{date.Label} must be marked actual or estimated.");
            }
            else
            {
                CheckPastAndFuture(trial, date, today, problems);
            }
        }

        CheckOrder(trial, problems);
        CheckStatusVerifiedDate(trial, today, problems);
    }

    private static void CheckPastAndFuture(Trial trial, StudyDate date, DateOnly today, ProblemList problems)
    {
        var value = date.Value!;
        if (trial.OverallStatus == OverallStatus.NotYetRecruiting && date.Field == nameof(Trial.StartDate))
        {
            return; // StatusRules: a study that has not started has an estimated start date to come.
        }

        if (value.Type == DateType.Estimated && RegistryDatePeriod.IsPast(value, today) && PastEstimatedDateIsAnError(trial.OverallStatus))
        {
            problems.Add(date.Field, $"{date.Label} {value} is in the past and must be actual: enter the date it happened and mark it actual.");
        }
        else if (value.Type == DateType.Actual && RegistryDatePeriod.IsFuture(value, today))
        {
            problems.Add(date.Field, $"{date.Label} {value} is in the future and must be estimated: mark it estimated, or correct the date.");
        }
    }

    /// <summary>
    /// Not for UNKNOWN (nobody reported what happened, so no date can honestly become actual), WITHDRAWN
    /// (the study never started: its dates never happened) and COMPLETED (StatusRules says "a completed
    /// study needs actual dates", which is the same fix in words that fit).
    /// </summary>
    private static bool PastEstimatedDateIsAnError(OverallStatus status)
        => status is not (OverallStatus.Unknown or OverallStatus.Withdrawn or OverallStatus.Completed);

    private static void CheckOrder(Trial trial, ProblemList problems)
    {
        var (start, primary, completion) = (trial.StartDate, trial.PrimaryCompletionDate, trial.CompletionDate);
        if (start is not null && primary is not null && RegistryDatePeriod.Compare(primary, start) < 0)
        {
            problems.Add(nameof(Trial.PrimaryCompletionDate), $"Primary completion date {primary} is before the start date {start}; it must be on or after it.");
        }

        if (primary is not null && completion is not null && RegistryDatePeriod.Compare(completion, primary) < 0)
        {
            problems.Add(nameof(Trial.CompletionDate), $"Completion date {completion} is before the primary completion date {primary}; it must be on or after it.");
        }
        else if (start is not null && completion is not null && RegistryDatePeriod.Compare(completion, start) < 0)
        {
            problems.Add(nameof(Trial.CompletionDate), $"Completion date {completion} is before the start date {start}; it must be on or after it.");
        }
    }

    private static void CheckStatusVerifiedDate(Trial trial, DateOnly today, ProblemList problems)
    {
        if (trial.StatusVerifiedDate is null)
        {
            problems.Add(nameof(Trial.StatusVerifiedDate), "Status verified date is required: enter the month the status was last verified.");
        }
        else if (RegistryDatePeriod.IsFuture(trial.StatusVerifiedDate, today))
        {
            problems.Add(nameof(Trial.StatusVerifiedDate), $"Status verified date {trial.StatusVerifiedDate} is in the future; enter the month the status was last verified.");
        }
    }

    private sealed record StudyDate(string Field, string Label, RegistryDate? Value)
    {
        public static StudyDate[] Of(Trial trial) =>
        [
            new(nameof(Trial.StartDate), "Start date", trial.StartDate),
            new(nameof(Trial.PrimaryCompletionDate), "Primary completion date", trial.PrimaryCompletionDate),
            new(nameof(Trial.CompletionDate), "Completion date", trial.CompletionDate),
        ];
    }
}
