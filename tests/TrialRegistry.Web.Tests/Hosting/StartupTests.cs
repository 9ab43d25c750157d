using Microsoft.EntityFrameworkCore;

namespace TrialRegistry.Web.Tests.Hosting;

public sealed class DevelopmentStartupTests(BareRegistryApp app) : IClassFixture<BareRegistryApp>
{
    [Fact]
    public async Task The_app_applies_pending_migrations_when_it_starts_in_development()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        await using var db = app.Database.CreateContext();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

public sealed class ProductionStartupTests(ProductionRegistryApp app) : IClassFixture<ProductionRegistryApp>
{
    [Fact]
    public async Task The_app_does_not_touch_the_schema_in_production_without_the_opt_in()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        await using var db = app.Database.CreateContext();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }
}
