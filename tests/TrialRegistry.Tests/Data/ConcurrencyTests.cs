using Microsoft.EntityFrameworkCore;
using TrialRegistry.Conditions;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Data;

public sealed class ConcurrencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused()
    {
        await using (var setup = database.CreateContext())
        {
            setup.Trials.Add(TestTrials.New("NCT90000010", TestTrials.Sponsor("Concurrency Sponsor")));
            await setup.SaveChangesAsync();
        }

        await using var alice = database.CreateContext();
        await using var bob = database.CreateContext();
        var alicesCopy = await alice.Trials.SingleAsync(t => t.RegistryId == "NCT90000010");
        var bobsCopy = await bob.Trials.SingleAsync(t => t.RegistryId == "NCT90000010");
        Assert.NotEqual(0u, alicesCopy.Version);

        alicesCopy.BriefTitle = "Alice's title";
        await alice.SaveChangesAsync();
        bobsCopy.OverallStatus = OverallStatus.Completed;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => bob.SaveChangesAsync());

        await using var check = database.CreateContext();
        var stored = await check.Trials.SingleAsync(t => t.RegistryId == "NCT90000010");
        Assert.Equal("Alice's title", stored.BriefTitle);
        Assert.Equal(OverallStatus.Recruiting, stored.OverallStatus);
    }

    [Fact]
    public async Task Every_editable_entity_has_an_xmin_concurrency_token()
    {
        await using var db = database.CreateContext();
        var editable = new[]
        {
            typeof(Trial), typeof(Organization), typeof(Condition), typeof(Product),
            typeof(ClinicalResult), typeof(TranslationalStudy), typeof(Patent), typeof(Deal),
        };

        foreach (var type in editable)
        {
            var token = db.Model.FindEntityType(type)!.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken);
            Assert.True(token is not null, $"{type.Name} has no concurrency token");
            Assert.Equal("xmin", token.GetColumnName());
        }
    }
}
