using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.Trials;

/// <summary>
/// ClinicalTrials.gov's staleness rule: a not-yet-recruiting, recruiting, enrolling-by-invitation or
/// active study whose status was not verified for more than two years shows as UNKNOWN, keeping its
/// last known status (docs/decisions/0009).
/// </summary>
/// <remarks>
/// "More than two years": the verified date names a period (CT.gov gives a month), and the status
/// counts as verified up to the period's last day, so "2021-06" is stale from 2023-07-01 on. A
/// study without a verified date (the classic CSV download has no such column) is not made UNKNOWN:
/// nothing says its status is old, and the registry it came from applied the rule itself. The editor
/// still asks the investigator to verify it.
/// </remarks>
public static class TrialStatusRules
{
    /// <summary>The statuses that say a study is still going on, and so must be verified.</summary>
    public static IReadOnlyList<OverallStatus> ActiveStatuses { get; } =
    [
        OverallStatus.NotYetRecruiting,
        OverallStatus.Recruiting,
        OverallStatus.EnrollingByInvitation,
        OverallStatus.ActiveNotRecruiting,
    ];

    public static bool IsActive(OverallStatus status) => ActiveStatuses.Contains(status);

    /// <summary>Whether the status was last verified more than two years before <paramref name="today"/> (or never).</summary>
    public static bool IsVerificationOverdue(RegistryDate? statusVerifiedDate, DateOnly today)
        => statusVerifiedDate is null || RegistryDatePeriod.End(statusVerifiedDate) < today.AddYears(-2);

    /// <summary>An active status whose verification is overdue.</summary>
    public static bool IsStale(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return IsActive(trial.OverallStatus) && trial.StatusVerifiedDate is not null && IsVerificationOverdue(trial.StatusVerifiedDate, today);
    }

    /// <summary>True when the investigator should verify the status (stale, or already UNKNOWN with a last known status).</summary>
    public static bool NeedsVerification(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return (IsActive(trial.OverallStatus) && IsVerificationOverdue(trial.StatusVerifiedDate, today))
            || (trial.OverallStatus == OverallStatus.Unknown && trial.LastKnownStatus is not null);
    }

    /// <summary>Turns a stale active status into UNKNOWN with <see cref="Trial.LastKnownStatus"/>; returns true when it did.</summary>
    public static bool ApplyStaleness(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        if (!IsStale(trial, today))
        {
            return false;
        }

        trial.LastKnownStatus = trial.OverallStatus;
        trial.OverallStatus = OverallStatus.Unknown;
        return true;
    }

    /// <summary>
    /// <see cref="ApplyStaleness"/> for every stale trial of the database in one UPDATE (the daily
    /// job calls it); returns how many trials became UNKNOWN. Tracked entities are not refreshed.
    /// </summary>
    public static async Task<int> MarkStaleAsync(RegistryDbContext db, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);

        // IsVerificationOverdue per precision, as date comparisons PostgreSQL can run on the stored
        // first day of the period: a month is overdue when it ended before the cutoff day, i.e. when
        // it began before the cutoff's month.
        var cutoff = today.AddYears(-2);
        var cutoffMonth = RegistryDatePeriod.Truncate(cutoff, DatePrecision.Month);
        var cutoffYear = RegistryDatePeriod.Truncate(cutoff, DatePrecision.Year);
        var active = ActiveStatuses.ToList();
        return await db.Trials
            .Where(t => active.Contains(t.OverallStatus))
            .Where(t => t.StatusVerifiedDate != null)
            .Where(t => (t.StatusVerifiedDate!.Precision == DatePrecision.Day && t.StatusVerifiedDate.Date < cutoff)
                || (t.StatusVerifiedDate.Precision == DatePrecision.Month && t.StatusVerifiedDate.Date < cutoffMonth)
                || (t.StatusVerifiedDate.Precision == DatePrecision.Year && t.StatusVerifiedDate.Date < cutoffYear))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(t => t.LastKnownStatus, t => (OverallStatus?)t.OverallStatus)
                    .SetProperty(t => t.OverallStatus, OverallStatus.Unknown),
                ct);
    }
}
