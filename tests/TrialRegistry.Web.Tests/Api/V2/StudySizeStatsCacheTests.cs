using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Web.Api.V2;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>/api/v2/stats/size passes over every study once per change of the registry, not once per request.</summary>
public sealed class StudySizeStatsCacheTests(StudyApiApp app) : IClassFixture<StudyApiApp>
{
    [Fact]
    public async Task The_statistics_are_kept_while_nothing_changes_and_recomputed_after_a_change()
    {
        var cache = app.Services.GetRequiredService<StudySizeStatsCache>();
        var first = await cache.GetAsync(CancellationToken.None);
        Assert.Same(first, await cache.GetAsync(CancellationToken.None));

        var before = await GetAsync();
        await using (var db = app.Database.CreateContext())
        {
            var trial = await db.Trials.OrderBy(t => t.Id).FirstAsync();
            trial.BriefSummary += string.Concat(Enumerable.Repeat(" A longer summary, so the study's document grows.", 100));
            trial.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        var after = await GetAsync();
        Assert.NotSame(first, await cache.GetAsync(CancellationToken.None));
        Assert.Equal((int)before["totalStudies"]!, (int)after["totalStudies"]!);
        Assert.True((int)after["averageSizeBytes"]! > (int)before["averageSizeBytes"]!, "the edited study's new size is counted");
    }

    private async Task<JsonObject> GetAsync()
        => (await app.CreateClient().GetFromJsonAsync<JsonObject>(new Uri("/api/v2/stats/size", UriKind.Relative)))!;
}
