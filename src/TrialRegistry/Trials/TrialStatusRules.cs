namespace TrialRegistry.Trials;

/// <summary>
/// ClinicalTrials.gov's staleness rule: a not-yet-recruiting, recruiting, enrolling-by-invitation or
/// active study whose status was not verified for more than two years shows as UNKNOWN, keeping its
/// last known status. (Implementation lands with issue 5.)
/// </summary>
public static class TrialStatusRules
{
    /// <summary>True when the investigator should verify the status (stale, or already UNKNOWN with a last known status).</summary>
    public static bool NeedsVerification(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        _ = today;
        return false;
    }

    /// <summary>Turns a stale active status into UNKNOWN with <see cref="Trial.LastKnownStatus"/>; returns true when it did.</summary>
    public static bool ApplyStaleness(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        _ = today;
        return false;
    }
}
