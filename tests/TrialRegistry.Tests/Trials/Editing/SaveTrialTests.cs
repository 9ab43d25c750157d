using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.Tests.Trials.Editing;

public sealed class SaveTrialTests(EditingDatabase database) : IClassFixture<EditingDatabase>
{
    private static readonly DateOnly Today = EditingDatabase.Today;

    [Fact]
    public async Task A_draft_applied_unchanged_leaves_the_seed_trial_unchanged()
    {
        await using var db = database.CreateContext();
        var trial = await db.Trials.WithRecord().SingleAsync(t => t.RegistryId == EditingDatabase.SeedTrial);
        var draft = TrialDraftMapping.FromTrial(trial);
        Assert.Equal(trial.Version, draft.Version);
        Assert.Equal((10, EnrollmentType.Estimated), (draft.EnrollmentCount, draft.EnrollmentType));
        Assert.Equal(("2019-09-11", DateType.Actual), (draft.StartDate.Text, draft.StartDate.Type));
        Assert.Equal("Assistance Publique - Hôpitaux de Paris", draft.LeadSponsor.Name);
        Assert.NotEmpty(draft.Conditions);
        Assert.NotEmpty(draft.Arms);
        Assert.NotEmpty(draft.Locations);
        Assert.Contains(draft.Interventions, i => i.ProductId is not null);

        // Through JSON and back, as the editor's snapshot and the history store it.
        var problems = await TrialDraftMapping.ApplyToAsync(trial, TrialDraft.FromJson(draft.ToJson()), db);

        Assert.Empty(problems);
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged)
            .Select(e => $"{e.Metadata.ClrType.Name} {e.State}: {string.Join(", ", e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))}")
            .ToList();
        Assert.Empty(changed);
        Assert.Equal(JsonSerializer.Serialize(draft.ToJson()), JsonSerializer.Serialize(TrialDraftMapping.FromTrial(trial).ToJson()));
    }

    [Fact]
    public async Task The_first_edit_of_an_imported_trial_stores_the_imported_state_as_version_1_then_the_edit_and_an_audit_entry()
    {
        var (registryId, started) = await StartEditAsync(database.AphpInvestigator, EditingDatabase.Copy(8));
        var importedAt = started.UpdatedAt;
        started.Draft.EnrollmentCount = 12;
        started.Draft.CompletionDate.Text = "2024-09";

        var result = await SaveAsync(registryId, started.Draft, database.AphpInvestigator, "Enrollment extended");

        Assert.Equal(new SaveTrialResult.Saved(registryId, 2), result);
        await using var db = database.CreateContext();
        var trial = await db.Trials.AsNoTracking().SingleAsync(t => t.RegistryId == registryId);
        Assert.Equal(12, trial.EnrollmentCount);
        Assert.Equal(RegistryDate.Month(2024, 9, DateType.Estimated), trial.CompletionDate);
        Assert.True(trial.UpdatedAt > importedAt);
        Assert.Equal(Today, trial.LastUpdateSubmitDate);
        var versions = await db.TrialVersions.AsNoTracking().Where(v => v.TrialId == trial.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(
            [(1, ChangeSource.Import, "import", (string?)null, (string?)null), (2, ChangeSource.Edit, database.AphpInvestigator.UserName, database.AphpInvestigator.UserId, "Enrollment extended")],
            versions.Select(v => (v.Number, v.Source, v.ChangedBy, v.ChangedByUserId, v.ChangeNote)).ToList());
        Assert.Equal(importedAt, versions[0].CreatedAt);
        Assert.Equal(10, TrialDraft.FromJson(versions[0].Snapshot).EnrollmentCount);
        Assert.Equal(12, TrialDraft.FromJson(versions[1].Snapshot).EnrollmentCount);
        Assert.Equal("2024-09", TrialDraft.FromJson(versions[1].Snapshot).CompletionDate.Text);

        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "Trial" && a.EntityId == registryId);
        Assert.Equal(
            (database.AphpInvestigator.UserId, database.AphpInvestigator.UserName, AuditAction.Update, AuditSource.Editor, "127.0.0.1"),
            (audit.UserId, audit.UserName, audit.Action, audit.Source, audit.ClientAddress));
        Assert.Equal("Edited completion date, enrollment count", audit.Summary);
    }

    [Fact]
    public async Task Three_edits_give_versions_1_to_4()
    {
        var registryId = EditingDatabase.Copy(1);
        for (var edit = 1; edit <= 3; edit++)
        {
            var (_, started) = await StartEditAsync(database.AphpInvestigator, registryId);
            started.Draft.BriefTitle = $"Edited title {edit}";
            var result = await SaveAsync(registryId, started.Draft, database.AphpInvestigator, $"Edit {edit}");
            Assert.Equal(new SaveTrialResult.Saved(registryId, edit + 1), result);
        }

        await using var db = database.CreateContext();
        var versions = await db.TrialVersions.AsNoTracking().Where(v => v.Trial.RegistryId == registryId).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(
            [(1, ChangeSource.Import, null), (2, ChangeSource.Edit, "Edit 1"), (3, ChangeSource.Edit, "Edit 2"), (4, ChangeSource.Edit, "Edit 3")],
            versions.Select(v => (v.Number, v.Source, v.ChangeNote)).ToList());
        Assert.Equal(
            ["Edited title 1", "Edited title 2", "Edited title 3"],
            versions.Skip(1).Select(v => TrialDraft.FromJson(v.Snapshot).BriefTitle).ToList());
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityId == registryId));
    }

    [Fact]
    public async Task Of_two_concurrent_edits_exactly_one_is_saved_and_the_other_gets_a_conflict_with_nothing_lost()
    {
        var registryId = EditingDatabase.Copy(2);
        var (_, alice) = await StartEditAsync(database.AphpInvestigator, registryId);
        var (_, bob) = await StartEditAsync(EditingDatabase.Admin, registryId);
        alice.Draft.EnrollmentCount = 111;
        bob.Draft.BriefSummary = "Bob's summary";

        // Both save at once, each on its own context.
        var results = await Task.WhenAll(
            SaveAsync(registryId, alice.Draft, database.AphpInvestigator, "Alice"),
            SaveAsync(registryId, bob.Draft, EditingDatabase.Admin, "Bob"));

        Assert.Single(results.OfType<SaveTrialResult.Saved>());
        var conflict = Assert.Single(results.OfType<SaveTrialResult.Conflict>());
        var aliceWon = results[0] is SaveTrialResult.Saved;
        var (winner, loser) = aliceWon ? (alice.Draft, bob.Draft) : (bob.Draft, alice.Draft);
        Assert.Equal(aliceWon ? database.AphpInvestigator.UserName : EditingDatabase.Admin.UserName, conflict.ChangedBy);

        await using (var db = database.CreateContext())
        {
            var stored = await db.Trials.AsNoTracking().SingleAsync(t => t.RegistryId == registryId);
            Assert.Equal((winner.EnrollmentCount, winner.BriefSummary), (stored.EnrollmentCount, stored.BriefSummary));
            Assert.Equal(stored.Version, conflict.Theirs.Version);
            Assert.Equal(2, await db.TrialVersions.CountAsync(v => v.TrialId == stored.Id));
        }

        // The loser's draft still holds their change; re-applied on the winner's version it saves, keeping both.
        Assert.True(aliceWon ? loser.BriefSummary == "Bob's summary" : loser.EnrollmentCount == 111);
        var merged = TrialDraftChanges.Reapply(aliceWon ? bob.Original : alice.Original, loser, conflict.Theirs);
        var again = await SaveAsync(registryId, merged, aliceWon ? EditingDatabase.Admin : database.AphpInvestigator, "Re-applied");

        Assert.Equal(new SaveTrialResult.Saved(registryId, 3), again);
        await using var check = database.CreateContext();
        var final = await check.Trials.AsNoTracking().SingleAsync(t => t.RegistryId == registryId);
        Assert.Equal((111, "Bob's summary"), (final.EnrollmentCount, final.BriefSummary));
    }

    [Fact]
    public async Task A_save_from_a_stale_draft_is_a_conflict_naming_who_changed_the_trial_and_writes_nothing()
    {
        var registryId = EditingDatabase.Copy(3);
        var (_, first) = await StartEditAsync(database.AphpInvestigator, registryId);
        var (_, stale) = await StartEditAsync(database.AphpInvestigator, registryId);
        first.Draft.Acronym = "FIRST";
        Assert.IsType<SaveTrialResult.Saved>(await SaveAsync(registryId, first.Draft, database.AphpInvestigator, null));
        var before = await StoredStateAsync(registryId);

        stale.Draft.Acronym = "SECOND";
        var result = await SaveAsync(registryId, stale.Draft, database.AphpInvestigator, null);

        var conflict = Assert.IsType<SaveTrialResult.Conflict>(result);
        Assert.Equal("FIRST", conflict.Theirs.Acronym);
        Assert.Equal(database.AphpInvestigator.UserName, conflict.ChangedBy);
        Assert.Equal(before, await StoredStateAsync(registryId));
    }

    [Fact]
    public async Task A_draft_breaking_the_rules_writes_nothing()
    {
        var registryId = EditingDatabase.Copy(4);
        var before = await StoredStateAsync(registryId);
        var (_, started) = await StartEditAsync(database.AphpInvestigator, registryId);
        started.Draft.StartDate = new DateDraft { Text = "2019-13-45", Type = DateType.Actual };
        started.Draft.Conditions.Add("A brand-new condition nobody registered");
        started.Draft.Collaborators.Add(new OrganizationDraft { Name = "A brand-new collaborator" });

        var result = await SaveAsync(registryId, started.Draft, database.AphpInvestigator, null);

        var invalid = Assert.IsType<SaveTrialResult.Invalid>(result);
        var problem = Assert.Single(invalid.Problems);
        Assert.Equal("StartDate", problem.Field);
        Assert.Equal("'2019-13-45' is not a date: write it as yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2024-03 or 2024-03-15).", problem.Message);
        Assert.Equal(before, await StoredStateAsync(registryId));
        await using var db = database.CreateContext();
        Assert.False(await db.Conditions.AnyAsync(c => c.Name == "A brand-new condition nobody registered"));
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "A brand-new collaborator"));
    }

    [Fact]
    public async Task A_draft_the_validator_refuses_writes_nothing_and_returns_its_problems()
    {
        var registryId = EditingDatabase.Copy(5);
        var before = await StoredStateAsync(registryId);
        var (_, started) = await StartEditAsync(database.AphpInvestigator, registryId);
        started.Draft.BriefTitle = "  ";

        var result = await SaveAsync(registryId, started.Draft, database.AphpInvestigator, null);

        var invalid = Assert.IsType<SaveTrialResult.Invalid>(result);
        Assert.Contains(invalid.Problems, p => p.Field == "BriefTitle");
        Assert.Equal(before, await StoredStateAsync(registryId));
    }

    [Fact]
    public async Task The_registry_id_of_an_imported_trial_cannot_be_changed()
    {
        var before = await StoredStateAsync(EditingDatabase.SeedTrial);
        var (_, started) = await StartEditAsync(database.AphpInvestigator, EditingDatabase.SeedTrial);
        started.Draft.RegistryId = "NCT99999999";

        var result = await SaveAsync(EditingDatabase.SeedTrial, started.Draft, database.AphpInvestigator, null);

        var invalid = Assert.IsType<SaveTrialResult.Invalid>(result);
        Assert.Equal([new("RegistryId", "The registry id NCT03562065 cannot be changed.")], invalid.Problems);
        Assert.Equal(before, await StoredStateAsync(EditingDatabase.SeedTrial));
    }

    [Fact]
    public async Task An_investigator_of_another_organization_is_forbidden_and_nothing_is_written()
    {
        var before = await StoredStateAsync(EditingDatabase.SeedTrial);
        var (_, started) = await StartEditAsync(database.UclInvestigator, EditingDatabase.SeedTrial);
        started.Draft.EnrollmentCount = 99;

        var result = await SaveAsync(EditingDatabase.SeedTrial, started.Draft, database.UclInvestigator, null);

        Assert.IsType<SaveTrialResult.Forbidden>(result);
        Assert.Equal(before, await StoredStateAsync(EditingDatabase.SeedTrial));
    }

    [Fact]
    public async Task An_investigator_cannot_move_a_trial_to_an_organization_they_do_not_belong_to()
    {
        var registryId = EditingDatabase.Copy(6);
        var before = await StoredStateAsync(registryId);
        var (_, started) = await StartEditAsync(database.AphpInvestigator, registryId);
        started.Draft.LeadSponsor = new OrganizationDraft { Name = "University College London" };

        var result = await SaveAsync(registryId, started.Draft, database.AphpInvestigator, null);

        var forbidden = Assert.IsType<SaveTrialResult.Forbidden>(result);
        Assert.Contains("University College London", forbidden.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await StoredStateAsync(registryId));
    }

    private async Task<SaveTrialResult> SaveAsync(string? registryId, TrialDraft draft, Actor actor, string? note)
    {
        await using var db = database.CreateContext();
        return await SaveTrial.RunAsync(db, registryId, draft, actor, note, Today, CancellationToken.None);
    }

    private async Task<(string RegistryId, StartedEdit Edit)> StartEditAsync(Actor actor, string registryId)
    {
        _ = actor;
        await using var db = database.CreateContext();
        var trial = await db.Trials.AsNoTracking().WithRecord().SingleAsync(t => t.RegistryId == registryId);
        var draft = TrialDraftMapping.FromTrial(trial);
        return (registryId, new StartedEdit(draft, draft.Clone(), trial.UpdatedAt));
    }

    /// <summary>Everything a save could write about a trial: its row, versions, audit entries and the shared tables' sizes.</summary>
    private async Task<string> StoredStateAsync(string registryId)
    {
        await using var db = database.CreateContext();
        var trial = await db.Trials.AsNoTracking().WithRecord().SingleAsync(t => t.RegistryId == registryId);
        return string.Join(
            " | ",
            JsonSerializer.Serialize(TrialDraftMapping.FromTrial(trial).ToJson()),
            trial.Version,
            trial.UpdatedAt.ToString("O"),
            await db.TrialVersions.CountAsync(v => v.TrialId == trial.Id),
            await db.AuditEntries.CountAsync(a => a.EntityId == registryId),
            await db.Organizations.CountAsync(),
            await db.Conditions.CountAsync());
    }

    private sealed record StartedEdit(TrialDraft Draft, TrialDraft Original, DateTimeOffset UpdatedAt);
}
