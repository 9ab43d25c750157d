using Microsoft.EntityFrameworkCore;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Data;

public sealed class MigrationTests(EmptyPostgresDatabase database) : IClassFixture<EmptyPostgresDatabase>
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_create_the_schema()
    {
        await using var db = database.CreateContext();
        Assert.NotEmpty(db.Database.GetMigrations());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").ToListAsync();
        Assert.Contains("trials", tables);
        Assert.Contains("organizations", tables);
        Assert.Contains("clinical_result_products", tables);
        Assert.Contains("patent_assignees", tables);
        Assert.Contains("trial_versions", tables);
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = database.CreateContext();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model differs from the last migration: add one with `dotnet ef migrations add <Name> --project src/TrialRegistry`.");
    }
}
