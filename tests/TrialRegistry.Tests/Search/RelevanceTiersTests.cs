using Npgsql;
using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search;

/// <summary>
/// Relevance ranks where the words are before how recent the trial is: the phrase in the title
/// (or conditions, interventions, keywords), then all the words there, then in the summary, then
/// anywhere; on the SQL path and with the facet index alike. The most recently updated trial is
/// the least relevant here, so recency alone would give the reverse order.
/// </summary>
public sealed class RelevanceTiersTests(RelevanceTiersTests.Database database) : IClassFixture<RelevanceTiersTests.Database>
{
    public static TheoryData<bool> Paths => new() { false, true };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_phrase_in_the_title_comes_first_then_the_words_in_the_title_then_the_summary_then_the_rest(bool indexed)
        => Assert.Equal(["NCT40000001", "NCT40000002", "NCT40000003", "NCT40000004", "NCT40000005"], await IdsAsync("heart failure", indexed));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task One_word_ranks_the_title_above_the_summary_above_the_description(bool indexed)
        => Assert.Equal(["NCT40000002", "NCT40000001", "NCT40000005", "NCT40000003", "NCT40000006", "NCT40000004"], await IdsAsync("heart", indexed));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_condition_counts_as_the_title_does(bool indexed)
        => Assert.Equal(["NCT40000006", "NCT40000003"], await IdsAsync("cardiomyopathy", indexed));

    private async Task<List<string>> IdsAsync(string text, bool indexed)
    {
        FacetIndex? index = null;
        if (indexed)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            index = await FacetIndexLoader.LoadAllAsync(connection, CancellationToken.None);
        }

        await using var db = database.CreateContext();
        var result = await SearchTrials.RunAsync(db, new TrialSearchQuery { Text = text, PageSize = 20 }, index);
        return result.Hits.Select(h => h.RegistryId).ToList();
    }

    public sealed class Database : PostgresDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var sponsor = Organization.Create("Relevance Sponsor", OrganizationClass.Other, "France");

            // Updated in reverse order of relevance: 2020-01 for the best, 2024-05 for the worst.
            var phrase = Trial("NCT40000001", "Heart failure in adults", 2020, 1);
            var words = Trial("NCT40000002", "Failure to thrive with congenital heart disease", 2021, 1);
            var summary = Trial("NCT40000003", "A cardiology cohort", 2022, 1);
            summary.BriefSummary = "People living with heart failure or cardiomyopathy.";
            var description = Trial("NCT40000004", "A cardiology registry", 2024, 5);
            description.DetailedDescription = "Follow-up of heart failure.";
            var apart = Trial("NCT40000005", "A kidney study", 2023, 1);
            apart.BriefSummary = "The heart is watched.";
            apart.DetailedDescription = "Kidney failure is the outcome.";
            var condition = Trial("NCT40000006", "Registry of adults", 2019, 1);
            condition.Conditions.Add(new TrialCondition { Condition = new Condition { Name = "Cardiomyopathy", NormalizedName = "cardiomyopathy" } });
            condition.BriefSummary = "Nothing about the heart here.";

            Trial Trial(string id, string title, int year, int month)
            {
                var trial = TestTrials.New(id, sponsor, title);
                trial.LastUpdatePostDate = RegistryDate.Day(year, month, 1);
                return trial;
            }

            db.Trials.AddRange(phrase, words, summary, description, apart, condition);
            foreach (var entry in db.ChangeTracker.Entries<Trial>())
            {
                entry.Entity.RefreshDerivedFields();
            }

            await db.SaveChangesAsync();
        }
    }
}
