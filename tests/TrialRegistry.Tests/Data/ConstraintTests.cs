using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Data;

public sealed class ConstraintTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_duplicate_registry_id_is_refused_with_a_message_naming_the_id()
    {
        var sponsor = TestTrials.Sponsor("Duplicate Test Sponsor");
        await using (var db = database.CreateContext())
        {
            db.Trials.Add(TestTrials.New("NCT90000001", sponsor));
            await db.SaveChangesAsync();
        }

        await using var second = database.CreateContext();
        var existingSponsor = await second.Organizations.SingleAsync(o => o.NormalizedName == sponsor.NormalizedName);
        second.Trials.Add(TestTrials.New("NCT90000001", existingSponsor, "Another title"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => second.SaveChangesAsync());

        Assert.Equal(ConstraintViolationKind.Duplicate, error.Kind);
        Assert.Equal("ix_trials_registry_id", error.ConstraintName);
        Assert.Equal("Another Trial already has RegistryId 'NCT90000001'.", error.Message);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Trials.CountAsync(t => t.RegistryId == "NCT90000001"));
    }

    [Fact]
    public async Task A_duplicate_organization_name_is_refused()
    {
        await using var db = database.CreateContext();
        db.Organizations.Add(TestTrials.Sponsor("Hôpital Saint-Louis"));
        db.Organizations.Add(TestTrials.Sponsor("HOPITAL SAINT LOUIS"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => db.SaveChangesAsync());

        Assert.Equal(ConstraintViolationKind.Duplicate, error.Kind);
        Assert.Contains("NormalizedName 'hopital saint louis'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trial_pointing_at_a_missing_sponsor_is_refused()
    {
        await using var db = database.CreateContext();
        var trial = TestTrials.New("NCT90000002", TestTrials.Sponsor("Never saved"));
        trial.LeadSponsor = null!;
        trial.LeadSponsorId = 987654;
        db.Trials.Add(trial);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => db.SaveChangesAsync());

        Assert.Equal(ConstraintViolationKind.MissingReference, error.Kind);
        Assert.Equal("Trial.LeadSponsorId refers to a Organization that does not exist.", error.Message);
    }

    [Fact]
    public async Task An_organization_that_sponsors_a_trial_cannot_be_deleted()
    {
        var sponsor = TestTrials.Sponsor("Sponsor In Use");
        await using (var db = database.CreateContext())
        {
            db.Trials.Add(TestTrials.New("NCT90000003", sponsor));
            await db.SaveChangesAsync();
        }

        await using var second = database.CreateContext();
        second.Organizations.Remove(await second.Organizations.SingleAsync(o => o.Id == sponsor.Id));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => second.SaveChangesAsync());

        Assert.Equal(ConstraintViolationKind.ReferencedElsewhere, error.Kind);
        Assert.Contains("cannot be deleted", error.Message, StringComparison.Ordinal);
    }
}
