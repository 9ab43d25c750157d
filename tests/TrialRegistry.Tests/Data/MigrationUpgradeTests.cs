using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Data;

/// <summary>
/// Migrations must upgrade a registry that already holds trials (a `make run` database from an older
/// version), not only create an empty schema: a NOT NULL column without a default fails on a table
/// with rows.
/// </summary>
public sealed class MigrationUpgradeTests(EmptyPostgresDatabase database) : IClassFixture<EmptyPostgresDatabase>
{
    private const string FirstMigration = "20261125083318_InitialCreate";

    [Fact]
    public async Task A_database_with_trials_from_the_first_migration_upgrades_to_the_latest_and_gets_its_derived_columns_filled()
    {
        await using var db = database.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(FirstMigration);
        // Raw SQL is a format string: array literals double their braces.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO organizations (name, normalized_name, class, is_synthetic) VALUES ('Old Sponsor', 'old sponsor', 'OTHER', false);
            INSERT INTO trials (registry_id, brief_title, overall_status, study_type, phases, keywords, is_investigator_initiated,
                                has_results, lead_sponsor_id, search_terms, source, is_synthetic, created_at, updated_at,
                                design_who_masked, eligibility_standard_ages, start_date, start_date_precision)
            VALUES ('NCT00000001', 'A trial stored before the search columns', 'COMPLETED', 'INTERVENTIONAL', '{{PHASE2}}', '{{}}', false,
                    false, (SELECT id FROM organizations), '', 'ctgov-v2-json', false, now(), now(), '{{}}', '{{}}', '2015-03-01', 'MONTH');
            INSERT INTO locations (trial_id, ordinal, country) VALUES ((SELECT id FROM trials), 0, 'France'), ((SELECT id FROM trials), 1, ' France ');
            """);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var trial = await db.Trials.AsNoTracking().SingleAsync();
        Assert.Equal(["France"], trial.Countries);
        Assert.Empty(trial.InterventionTypes);
        Assert.Equal(2015, await db.Trials.Select(t => EF.Property<int?>(t, "StartYear")).SingleAsync());
    }
}
