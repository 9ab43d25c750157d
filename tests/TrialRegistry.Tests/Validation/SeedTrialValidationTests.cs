using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Tests.Import;
using TrialRegistry.Trials;
using TrialRegistry.Validation;

namespace TrialRegistry.Tests.Validation;

/// <summary>The real seed record NCT03562065 (UNKNOWN, last known RECRUITING, verified 2021-06) under the rules.</summary>
public sealed class SeedTrialValidationTests
{
    private static readonly DateOnly Today = new(2025, 11, 25);

    [Fact]
    public void The_seed_trial_as_published_breaks_no_rule()
    {
        // Its primary completion (2023-06-01) and completion (2024-06-01) are past and still ESTIMATED,
        // which the rules accept only because the status is UNKNOWN: nobody reported what happened.
        var seed = MapSeed();

        Assert.Empty(TrialValidator.Validate(seed, Today));
        Assert.True(TrialStatusRules.NeedsVerification(seed, Today));
    }

    [Fact]
    public void Verifying_the_seed_trial_as_recruiting_asks_for_its_past_estimated_dates()
    {
        // What an investigator meets in the editor: confirm "recruiting" today, and the dates that
        // have passed must be corrected (made actual, or moved to the new estimate).
        var seed = MapSeed();
        (seed.OverallStatus, seed.LastKnownStatus) = (OverallStatus.Recruiting, null);
        seed.StatusVerifiedDate = RegistryDate.Month(Today.Year, Today.Month);

        Assert.Equal(
            [
                new ValidationProblem("PrimaryCompletionDate", "Primary completion date 2023-06-01 is in the past and must be actual: enter the date it happened and mark it actual."),
                new ValidationProblem("CompletionDate", "Completion date 2024-06-01 is in the past and must be actual: enter the date it happened and mark it actual."),
            ],
            TrialValidator.Validate(seed, Today));
        Assert.False(TrialStatusRules.NeedsVerification(seed, Today));

        seed.PrimaryCompletionDate = RegistryDate.Month(2026, 6, DateType.Estimated);
        seed.CompletionDate = RegistryDate.Month(2026, 12, DateType.Estimated);
        Assert.Empty(TrialValidator.Validate(seed, Today));
    }

    private static Trial MapSeed()
    {
        using var seed = FixtureFiles.ReadSeedTrial();
        return new CtGovStudyMapper(new EntityResolver()).Map(seed.RootElement).Trial;
    }
}
