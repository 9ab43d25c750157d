using TrialRegistry.Trials;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class TrialStatusRulesTests
{
    [Theory]
    [InlineData("2023-06-29", false)]
    [InlineData("2023-06-30", false)] // the month 2021-06 ended 2021-06-30: two years later, not more
    [InlineData("2023-07-01", true)]
    public void A_month_verified_date_counts_until_the_end_of_the_month(string today, bool stale)
    {
        var trial = Active(RegistryDate.Month(2021, 6));

        Assert.Equal(stale, TrialStatusRules.IsStale(trial, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2023-06-15", false)]
    [InlineData(DatePrecision.Day, "2023-06-16", true)]
    [InlineData(DatePrecision.Year, "2023-12-31", false)]
    [InlineData(DatePrecision.Year, "2024-01-01", true)]
    public void Day_and_year_verified_dates_count_until_the_end_of_their_period(DatePrecision precision, string today, bool stale)
    {
        var trial = Active(new RegistryDate(new DateOnly(2021, precision == DatePrecision.Year ? 1 : 6, precision == DatePrecision.Day ? 15 : 1), precision));

        Assert.Equal(stale, TrialStatusRules.IsStale(trial, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(OverallStatus.NotYetRecruiting, true)]
    [InlineData(OverallStatus.Recruiting, true)]
    [InlineData(OverallStatus.EnrollingByInvitation, true)]
    [InlineData(OverallStatus.ActiveNotRecruiting, true)]
    [InlineData(OverallStatus.Completed, false)]
    [InlineData(OverallStatus.Suspended, false)]
    [InlineData(OverallStatus.Terminated, false)]
    [InlineData(OverallStatus.Withdrawn, false)]
    [InlineData(OverallStatus.Available, false)]
    [InlineData(OverallStatus.Unknown, false)]
    public void Only_active_statuses_go_stale(OverallStatus status, bool stale)
    {
        var trial = Active(RegistryDate.Month(2020, 1));
        trial.OverallStatus = status;

        Assert.Equal(stale, TrialStatusRules.IsStale(trial, Today));
    }

    [Fact]
    public void An_active_study_never_verified_is_not_made_unknown_but_must_be_verified()
    {
        var trial = Active(null);

        Assert.False(TrialStatusRules.IsStale(trial, Today));
        Assert.False(TrialStatusRules.ApplyStaleness(trial, Today));
        Assert.True(TrialStatusRules.NeedsVerification(trial, Today));
    }

    [Fact]
    public void Applying_staleness_keeps_the_last_known_status()
    {
        var trial = Active(RegistryDate.Month(2021, 6));
        trial.OverallStatus = OverallStatus.EnrollingByInvitation;

        Assert.True(TrialStatusRules.ApplyStaleness(trial, Today));
        Assert.Equal((OverallStatus.Unknown, OverallStatus.EnrollingByInvitation), (trial.OverallStatus, trial.LastKnownStatus));

        // Once unknown it is no longer active: applying again changes nothing, and it still needs verifying.
        Assert.False(TrialStatusRules.ApplyStaleness(trial, Today));
        Assert.Equal((OverallStatus.Unknown, OverallStatus.EnrollingByInvitation), (trial.OverallStatus, trial.LastKnownStatus));
        Assert.True(TrialStatusRules.NeedsVerification(trial, Today));
    }

    [Fact]
    public void A_fresh_status_is_left_alone()
    {
        var trial = Active(RegistryDate.Month(2025, 5));

        Assert.False(TrialStatusRules.ApplyStaleness(trial, Today));
        Assert.Equal(OverallStatus.Recruiting, trial.OverallStatus);
        Assert.Null(trial.LastKnownStatus);
        Assert.False(TrialStatusRules.NeedsVerification(trial, Today));
    }

    [Fact]
    public void A_stale_study_needs_verification_before_staleness_is_applied()
        => Assert.True(TrialStatusRules.NeedsVerification(Active(RegistryDate.Month(2021, 6)), Today));

    [Fact]
    public void An_unknown_status_without_a_last_known_status_is_not_asked_to_verify()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.Unknown;

        Assert.False(TrialStatusRules.NeedsVerification(trial, Today));
    }

    private static Trial Active(RegistryDate? verified)
    {
        var trial = New();
        trial.StatusVerifiedDate = verified;
        return trial;
    }
}
