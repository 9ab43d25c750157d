using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>What the overall status implies for why stopped, enrollment, dates and last known status (docs/decisions/0009).</summary>
internal static class StatusRules
{
    public static void Check(Trial trial, DateOnly today, ProblemList problems)
    {
        CheckWhyStopped(trial, problems);
        CheckLastKnownStatus(trial, problems);
        switch (trial.OverallStatus)
        {
            case OverallStatus.Withdrawn:
                CheckWithdrawnEnrollment(trial, problems);
                break;
            case OverallStatus.Completed:
                CheckCompletedDates(trial, problems);
                break;
            case OverallStatus.NotYetRecruiting:
                CheckNotYetRecruitingStart(trial, today, problems);
                break;
        }
    }

    private static void CheckWhyStopped(Trial trial, ProblemList problems)
    {
        var stopped = trial.OverallStatus is OverallStatus.Suspended or OverallStatus.Terminated or OverallStatus.Withdrawn;
        if (stopped && string.IsNullOrWhiteSpace(trial.WhyStopped))
        {
            var status = trial.OverallStatus.ToString().ToLowerInvariant();
            problems.Add(nameof(Trial.WhyStopped), $"Why stopped is required for a {status} study: say briefly why it stopped.");
        }
        else if (!stopped && !string.IsNullOrWhiteSpace(trial.WhyStopped))
        {
            problems.Add(nameof(Trial.WhyStopped), "Why stopped applies only to suspended, terminated or withdrawn studies; clear it or change the status.");
        }
    }

    private static void CheckLastKnownStatus(Trial trial, ProblemList problems)
    {
        if (trial.OverallStatus == OverallStatus.Unknown && trial.LastKnownStatus is null)
        {
            problems.Add(nameof(Trial.LastKnownStatus), "Last known status is required when the status is unknown: choose the status last verified.");
        }
        else if (trial.OverallStatus != OverallStatus.Unknown && trial.LastKnownStatus is not null)
        {
            problems.Add(nameof(Trial.LastKnownStatus), "Last known status applies only when the status is unknown; clear it.");
        }
        else if (trial.LastKnownStatus is { } last && !TrialStatusRules.IsActive(last))
        {
            problems.Add(nameof(Trial.LastKnownStatus), "Last known status must be not yet recruiting, recruiting, enrolling by invitation or active, not recruiting: only those become unknown.");
        }
    }

    private static void CheckWithdrawnEnrollment(Trial trial, ProblemList problems)
    {
        if (trial.EnrollmentCount != 0)
        {
            problems.Add(nameof(Trial.EnrollmentCount), "A withdrawn study enrolled no participants: the enrollment must be 0.");
        }

        // A missing type is EnrollmentRules' to report.
        if (trial.EnrollmentType == EnrollmentType.Estimated)
        {
            problems.Add(nameof(Trial.EnrollmentType), "A withdrawn study's enrollment of 0 is a fact: the enrollment type must be actual.");
        }
    }

    private static void CheckCompletedDates(Trial trial, ProblemList problems)
    {
        // Missing dates and dates without a type are DateRules' to report; here: estimated ones.
        if (trial.StartDate?.Type == DateType.Estimated)
        {
            problems.Add(nameof(Trial.StartDate), "A completed study needs an actual start date: enter the date it started and mark it actual.");
        }

        if (trial.PrimaryCompletionDate?.Type == DateType.Estimated)
        {
            problems.Add(nameof(Trial.PrimaryCompletionDate), "A completed study needs an actual primary completion date: enter the date it happened and mark it actual.");
        }

        if (trial.CompletionDate?.Type == DateType.Estimated)
        {
            problems.Add(nameof(Trial.CompletionDate), "A completed study needs an actual completion date: enter the date it happened and mark it actual.");
        }
    }

    private static void CheckNotYetRecruitingStart(Trial trial, DateOnly today, ProblemList problems)
    {
        if (trial.StartDate is not { Type: not null } start)
        {
            return; // DateRules reports a missing date or type.
        }

        if (start.Type == DateType.Actual)
        {
            problems.Add(nameof(Trial.StartDate), "A study that is not yet recruiting has not started: its start date must be estimated.");
        }
        else if (RegistryDatePeriod.IsPast(start, today))
        {
            problems.Add(nameof(Trial.StartDate), $"The estimated start date {start} has passed while the study is not yet recruiting: update the start date or the status.");
        }
    }
}
