using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Testing;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.Tests.Trials.Editing;

/// <summary>New trials on an empty registry (no demo data), so the first id is known.</summary>
public sealed class NewTrialTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Actor Admin = new("admin-id", "admin@example.org", IsAdmin: true);

    [Fact]
    public async Task New_trials_get_the_registrys_own_ids_in_sequence_with_version_1_and_an_audit_entry()
    {
        var first = await CreateAsync("First registered trial");
        var second = await CreateAsync("Second registered trial");

        Assert.Equal(new SaveTrialResult.Saved("TRG-000001", 1), first);
        Assert.Equal(new SaveTrialResult.Saved("TRG-000002", 1), second);
        await using var db = database.CreateContext();
        var trial = await db.Trials.AsNoTracking().WithRecord().SingleAsync(t => t.RegistryId == "TRG-000001");
        Assert.Equal(("First registered trial", "registry", "New Registry Sponsor"), (trial.BriefTitle, trial.Source, trial.LeadSponsor.Name));
        Assert.Equal(["Lupus Nephritis"], trial.Conditions.Select(c => c.Condition.Name));
        Assert.Equal(Today, trial.StudyFirstSubmitDate);
        var version = await db.TrialVersions.AsNoTracking().SingleAsync(v => v.TrialId == trial.Id);
        Assert.Equal((1, ChangeSource.Edit, "admin@example.org", "Registered"), (version.Number, version.Source, version.ChangedBy, version.ChangeNote));
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == "TRG-000001");
        Assert.Equal((AuditAction.Create, AuditSource.Editor, "Trial"), (audit.Action, audit.Source, audit.EntityType));
    }

    private async Task<SaveTrialResult> CreateAsync(string title)
    {
        var draft = Draft(title);
        await using var db = database.CreateContext();
        return await SaveTrial.RunAsync(db, null, draft, Admin, "Registered", Today, CancellationToken.None);
    }

    internal static TrialDraft Draft(string title) => new()
    {
        BriefTitle = title,
        OfficialTitle = title + ": a registry test",
        OverallStatus = OverallStatus.NotYetRecruiting,
        StatusVerifiedDate = new DateDraft { Text = "2026-11" },
        StartDate = new DateDraft { Text = "2027-03", Type = DateType.Estimated },
        PrimaryCompletionDate = new DateDraft { Text = "2028-03", Type = DateType.Estimated },
        CompletionDate = new DateDraft { Text = "2028-09", Type = DateType.Estimated },
        LeadSponsor = new OrganizationDraft { Name = "New Registry Sponsor" },
        BriefSummary = "A trial registered in the registry itself.",
        Conditions = ["Lupus Nephritis"],
        StudyType = StudyType.Interventional,
        Phases = [Phase.Phase2],
        EnrollmentCount = 40,
        EnrollmentType = EnrollmentType.Estimated,
        Eligibility = new TrialEligibility { Criteria = "Adults with lupus nephritis.", Sex = Sex.All, MinimumAge = "18 Years" },
    };
}

/// <summary>Registrations at the same moment (own database: the ids of the other class stay predictable).</summary>
public sealed class ConcurrentRegistrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Concurrent_registrations_never_share_an_id()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => CreateAsync(i)));

        var ids = results.Select(r => Assert.IsType<SaveTrialResult.Saved>(r).RegistryId).ToList();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^TRG-[0-9]{6}$", id));
    }

    private async Task<SaveTrialResult> CreateAsync(int i)
    {
        await using var db = database.CreateContext();
        return await SaveTrial.RunAsync(
            db, null, NewTrialTests.Draft($"Parallel trial {i}"), new Actor("admin-id", "admin@example.org", IsAdmin: true), null, new DateOnly(2026, 11, 25), CancellationToken.None);
    }
}
