using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Data;

/// <summary>What the mapping promises: values stored as CT.gov words, partial dates kept, search vector weighted.</summary>
public sealed class TrialMappingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_trial_round_trips_with_its_partial_dates_phases_and_statuses()
    {
        var trial = TestTrials.New("NCT90000020", TestTrials.Sponsor("Round Trip Sponsor"));
        trial.OverallStatus = OverallStatus.Unknown;
        trial.LastKnownStatus = OverallStatus.Recruiting;
        trial.PrimaryCompletionDate = RegistryDate.Month(2023, 6, DateType.Estimated);
        trial.Design.WhoMasked = [WhoMasked.Participant, WhoMasked.OutcomesAssessor];
        trial.Locations.Add(new Location { Facility = "Saint-Louis Hospital", City = "Paris", Country = "France", Latitude = 48.8738, Longitude = 2.3685, Status = RecruitmentStatus.Recruiting });
        await using (var db = database.CreateContext())
        {
            db.Trials.Add(trial);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Trials.Include(t => t.Locations).SingleAsync(t => t.RegistryId == "NCT90000020");

        Assert.Equal(OverallStatus.Unknown, stored.OverallStatus);
        Assert.Equal(OverallStatus.Recruiting, stored.LastKnownStatus);
        Assert.Equal([Phase.Phase1, Phase.Phase2], stored.Phases);
        Assert.Equal("2019-09-11", stored.StartDate?.ToString());
        Assert.Equal(DateType.Actual, stored.StartDate?.Type);
        Assert.Equal("2023-06", stored.PrimaryCompletionDate?.ToString());
        Assert.Equal(DatePrecision.Month, stored.PrimaryCompletionDate?.Precision);
        Assert.Null(stored.CompletionDate);
        Assert.Equal([WhoMasked.Participant, WhoMasked.OutcomesAssessor], stored.Design.WhoMasked);
        Assert.Equal(48.8738, stored.Locations.Single().Latitude);

        var raw = await read.Database.SqlQueryRaw<string>(
            "SELECT overall_status || ' ' || array_to_string(phases, '+') || ' ' || start_date_precision AS \"Value\" FROM trials WHERE registry_id = 'NCT90000020'")
            .SingleAsync();
        Assert.Equal("UNKNOWN PHASE1+PHASE2 DAY", raw);
    }

    [Fact]
    public async Task The_search_vector_weights_titles_above_terms_above_summary()
    {
        var trial = TestTrials.New("NCT90000021", TestTrials.Sponsor("Search Vector Sponsor"), "Lupus nephritis study");
        trial.SearchTerms = "mesenchymal stem cells";
        trial.BriefSummary = "Umbilical cord derived cells.";
        await using (var db = database.CreateContext())
        {
            db.Trials.Add(trial);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var vector = await read.Database.SqlQueryRaw<string>(
            "SELECT search_vector::text AS \"Value\" FROM trials WHERE registry_id = 'NCT90000021'").SingleAsync();

        Assert.Contains("'lupus':1A", vector, StringComparison.Ordinal);
        Assert.Contains("'mesenchym':", vector, StringComparison.Ordinal);
        Assert.Matches("'mesenchym':\\d+B", vector);
        Assert.Matches("'umbil':\\d+C", vector);
        Assert.Equal(TrialConfiguration.SearchVector, read.Model.FindEntityType(typeof(Trial))!.FindProperty(TrialConfiguration.SearchVector)!.Name);
    }
}
