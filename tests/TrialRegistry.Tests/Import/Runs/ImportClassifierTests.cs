using TrialRegistry.Import.Runs;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import.Runs;

public sealed class ImportClassifierTests
{
    private static readonly RegistryDate Stored = RegistryDate.Day(2020, 5, 14, DateType.Actual);

    [Fact]
    public void The_same_hash_is_unchanged_even_for_an_older_date_or_an_edited_trial()
        => Assert.Equal(
            (ImportOutcome.Unchanged, (string?)null),
            ImportClassifier.Classify(StoredTrial(latest: ChangeSource.Edit), Incoming("h1", RegistryDate.Day(2019, 1, 1)), force: false));

    [Fact]
    public void No_stored_trial_is_new()
        => Assert.Equal(ImportOutcome.New, ImportClassifier.Classify(null, Incoming("h2", Stored), force: false).Outcome);

    [Fact]
    public void A_month_before_the_stored_day_is_stale_and_force_overrides_it()
    {
        var incoming = Incoming("h2", RegistryDate.Month(2020, 4));

        Assert.Equal(
            (ImportOutcome.Stale, "Last updated 2020-04, before the stored record's 2020-05-14; skipped."),
            ImportClassifier.Classify(StoredTrial(), incoming, force: false));
        Assert.Equal(
            (ImportOutcome.Updated, "Last updated 2020-04, before the stored record's 2020-05-14 (forced)"),
            ImportClassifier.Classify(StoredTrial(), incoming, force: true));
    }

    [Fact]
    public void A_missing_date_on_either_side_is_never_stale()
    {
        Assert.Equal(ImportOutcome.Updated, ImportClassifier.Classify(StoredTrial(), Incoming("h2", null), force: false).Outcome);
        Assert.Equal(ImportOutcome.Updated, ImportClassifier.Classify(StoredTrial(withDate: false), Incoming("h2", Stored), force: false).Outcome);
    }

    [Fact]
    public void A_trial_whose_latest_version_is_an_edit_or_registered_here_is_a_conflict()
    {
        Assert.Equal(
            (ImportOutcome.Conflict, "Edited in this registry since its last import (version 3); skipped."),
            ImportClassifier.Classify(StoredTrial(latest: ChangeSource.Edit), Incoming("h2", Stored), force: false));
        Assert.Equal(
            (ImportOutcome.Conflict, "Registered in this registry, not imported; skipped."),
            ImportClassifier.Classify(StoredTrial(source: "registry"), Incoming("h2", Stored), force: false));
        Assert.Equal(ImportOutcome.Updated, ImportClassifier.Classify(StoredTrial(latest: ChangeSource.Import), Incoming("h2", Stored), force: false).Outcome);
    }

    [Fact]
    public void A_WHO_portal_copy_does_not_replace_the_record_ClinicalTrials_gov_published_unless_forced()
    {
        var fromPortal = Incoming("h2", Stored);
        fromPortal.Source = "who-ictrp-xml";

        Assert.Equal(
            (ImportOutcome.Stale, "The stored record comes from ClinicalTrials.gov itself, which publishes more than the WHO portal's copy; skipped."),
            ImportClassifier.Classify(StoredTrial(source: "ctgov-legacy-xml"), fromPortal, force: false));
        Assert.Equal(ImportOutcome.Updated, ImportClassifier.Classify(StoredTrial(), fromPortal, force: true).Outcome);
        Assert.Equal(ImportOutcome.Updated, ImportClassifier.Classify(StoredTrial(source: "who-ictrp-xml"), fromPortal, force: false).Outcome);
    }

    private static StoredTrial StoredTrial(string source = "ctgov-v2-json", ChangeSource? latest = null, bool withDate = true)
        => new(1, "NCT00000001", source, "h1", withDate ? Stored : null, false, latest is null ? 0 : 3, latest);

    private static Trial Incoming(string hash, RegistryDate? lastUpdate)
        => new() { RegistryId = "NCT00000001", BriefTitle = "A trial", Source = "ctgov-v2-json", SourceHash = hash, LastUpdatePostDate = lastUpdate };
}
