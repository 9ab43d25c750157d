using System.Text.Json;
using TrialRegistry.Testing;
using TrialRegistry.Trials;
using TrialRegistry.Trials.History;

namespace TrialRegistry.Tests.Trials.History;

public sealed class TrialHistoryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Three_edits_give_three_versions_newest_first_with_who_when_source_and_note()
    {
        await SeedAsync("NCT90001001");

        await using var db = database.CreateContext();
        var history = await TrialHistory.LoadAsync(db, "NCT90001001");

        Assert.NotNull(history);
        Assert.Equal(("NCT90001001", "A history trial"), (history.RegistryId, history.BriefTitle));
        Assert.Equal(
            [
                new TrialVersionSummary(3, Start.AddDays(2), "bob@example.org", ChangeSource.Edit, "Added the placebo arm"),
                new TrialVersionSummary(2, Start.AddDays(1), "alice@example.org", ChangeSource.Edit, null),
                new TrialVersionSummary(1, Start, "import", ChangeSource.Import, null),
            ],
            history.Versions);
    }

    [Fact]
    public async Task The_diff_between_versions_one_and_three_lists_exactly_the_changed_fields()
    {
        await SeedAsync("NCT90001002");

        await using var db = database.CreateContext();
        var pair = await TrialHistory.LoadVersionPairAsync(db, "NCT90001002", 1, 3);

        Assert.NotNull(pair);
        Assert.Equal(
            [
                ("BriefTitle", ChangeKind.Changed, "A history trial", "A history trial, renamed"),
                ("EnrollmentCount", ChangeKind.Changed, "40", "60"),
                ("Arms[1]", ChangeKind.Added, null, "Label: Placebo; Type: Placebo comparator"),
            ],
            pair.Changes().Select(c => (c.Path, c.Kind, c.Before, c.After)));
    }

    [Fact]
    public async Task The_diff_between_neighbours_shows_only_that_edit()
    {
        await SeedAsync("NCT90001003");

        await using var db = database.CreateContext();
        var pair = await TrialHistory.LoadVersionPairAsync(db, "NCT90001003", 1, 2);

        var change = Assert.Single(pair!.Changes());
        Assert.Equal("Brief title", change.Label);
    }

    [Fact]
    public async Task A_trial_without_versions_has_an_empty_history_and_an_unknown_trial_none()
    {
        await using (var setup = database.CreateContext())
        {
            setup.Trials.Add(TestTrials.New("NCT90001004", TestTrials.Sponsor("History Sponsor 4")));
            await setup.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        Assert.Empty((await TrialHistory.LoadAsync(db, "NCT90001004"))!.Versions);
        Assert.Null(await TrialHistory.LoadAsync(db, "NCT99999999"));
    }

    [Fact]
    public async Task A_version_that_does_not_exist_gives_no_pair()
    {
        await SeedAsync("NCT90001005");

        await using var db = database.CreateContext();

        Assert.Null(await TrialHistory.LoadVersionPairAsync(db, "NCT90001005", 1, 4));
        Assert.Null(await TrialHistory.LoadVersionPairAsync(db, "NCT99999999", 1, 2));
    }

    /// <summary>A trial with three versions: as imported, renamed, then enrollment raised and an arm added.</summary>
    private async Task SeedAsync(string registryId)
    {
        await using var db = database.CreateContext();
        var trial = TestTrials.New(registryId, TestTrials.Sponsor($"History Sponsor {registryId}"), "A history trial");
        db.Trials.Add(trial);
        var experimental = new { Label = "Cells", Type = "Experimental", Description = "Mesenchymal stem cells", InterventionNames = new[] { "Biological: MSC" } };
        var placebo = new { Label = "Placebo", Type = "PlaceboComparator" };
        object[] snapshots =
        [
            new { RegistryId = registryId, BriefTitle = "A history trial", EnrollmentCount = 40, StartDate = new { Text = "2019-09-11", Type = "Actual" }, Arms = new object[] { experimental }, Conditions = new[] { "Lupus" } },
            new { RegistryId = registryId, BriefTitle = "A history trial, renamed", EnrollmentCount = 40, StartDate = new { Text = "2019-09-11", Type = "Actual" }, Arms = new object[] { experimental }, Conditions = new[] { "Lupus" } },
            new { RegistryId = registryId, BriefTitle = "A history trial, renamed", EnrollmentCount = 60, StartDate = new { Text = "2019-09-11", Type = "Actual" }, Arms = new object[] { experimental, placebo }, Conditions = new[] { "Lupus" } },
        ];
        (string Who, ChangeSource Source, string? Note)[] stamps =
        [
            ("import", ChangeSource.Import, null),
            ("alice@example.org", ChangeSource.Edit, null),
            ("bob@example.org", ChangeSource.Edit, "Added the placebo arm"),
        ];
        for (var i = 0; i < snapshots.Length; i++)
        {
            db.TrialVersions.Add(new TrialVersion
            {
                Trial = trial,
                Number = i + 1,
                CreatedAt = Start.AddDays(i),
                ChangedBy = stamps[i].Who,
                Source = stamps[i].Source,
                ChangeNote = stamps[i].Note,
                Snapshot = JsonSerializer.SerializeToDocument(snapshots[i]),
            });
        }

        await db.SaveChangesAsync();
    }
}
