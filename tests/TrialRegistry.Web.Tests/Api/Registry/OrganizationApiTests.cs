using System.Net;
using TrialRegistry.Testing;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.Registry;

/// <summary>/api/registry/organizations on the demo data: search by name or alias, one organization, its trials.</summary>
public sealed class OrganizationApiTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task Search_finds_an_organization_by_its_name_without_accents_and_by_an_alias()
    {
        using var client = app.CreateClient();

        var byName = await client.GetJsonAsync("/api/registry/organizations?q=hopitaux%20de%20paris");
        var byAlias = await client.GetJsonAsync("/api/registry/organizations?q=AP-HP");

        Assert.Equal(TestAccounts.Aphp, byName.Items().First().Text("name"));
        var aphp = byAlias.Items().First();
        Assert.Equal(TestAccounts.Aphp, aphp.Text("name"));
        Assert.Equal("AP-HP", aphp.Text("matchedAlias"));
        Assert.Equal(25, byAlias.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task A_new_organization_is_listed_at_once_and_its_trials_are_counted_by_the_apps_refresh()
    {
        using var client = app.CreateClient();
        await using (var db = app.Database.CreateContext())
        {
            db.Organizations.Add(TestTrials.Sponsor("Quokka Counting Institute"));
            await db.SaveChangesAsync();
        }

        // Listed with 0 by the transaction that created it; no trial yet.
        var listed = (await client.GetJsonAsync("/api/registry/organizations?q=quokka%20counting")).Items().Single();
        Assert.Equal(0, listed.GetProperty("leadTrialCount").GetInt32());

        await using (var db = app.Database.CreateContext())
        {
            var sponsor = db.Organizations.Single(o => o.Name == "Quokka Counting Institute");
            db.Trials.AddRange(TestTrials.New("NCT88000001", sponsor), TestTrials.New("NCT88000002", sponsor));
            await db.SaveChangesAsync();
        }

        // The write only marked the name; the app's TrialCountsJob recounts it (every 500 ms).
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        int counted;
        while ((counted = (await client.GetJsonAsync("/api/registry/organizations?q=quokka%20counting")).Items().Single().GetProperty("leadTrialCount").GetInt32()) != 2)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The index still counts {counted} trials for the new sponsor.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Pages_of_the_list_cover_every_organization_once()
    {
        using var client = app.CreateClient();
        var first = await client.GetJsonAsync("/api/registry/organizations?sort=name");
        var ids = new List<int>();
        for (var page = 1; page <= (first.Total() + 24) / 25; page++)
        {
            var rows = await client.GetJsonAsync($"/api/registry/organizations?sort=name&page={page}");
            ids.AddRange(rows.Items().Select(o => o.GetProperty("id").GetInt32()));
        }

        Assert.Equal(first.Total(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task One_organization_has_its_trial_counts_and_its_trial_list_agrees_with_them()
    {
        using var client = app.CreateClient();
        var id = (await client.GetJsonAsync("/api/registry/organizations?q=AP-HP")).Items().First().GetProperty("id").GetInt32();

        var organization = await client.GetJsonAsync($"/api/registry/organizations/{id}");
        var lead = await client.GetJsonAsync($"/api/registry/organizations/{id}/trials?role=lead&pageSize=100");
        var collaborator = await client.GetJsonAsync($"/api/registry/organizations/{id}/trials?role=collaborator&pageSize=100");
        var any = await client.GetJsonAsync($"/api/registry/organizations/{id}/trials?pageSize=100");

        Assert.Equal(TestAccounts.Aphp, organization.Text("name"));
        Assert.Contains("AP-HP", organization.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var counts = organization.GetProperty("trialCounts");
        Assert.Equal(counts.GetProperty("leadSponsor").GetInt32(), lead.Total());
        Assert.Equal(counts.GetProperty("collaborator").GetInt32(), collaborator.Total());
        Assert.Contains(lead.Items(), t => t.Text("registryId") == TestAccounts.SeedTrial);
        Assert.All(lead.Items(), t => Assert.Equal(id, t.GetProperty("leadSponsor").GetProperty("id").GetInt32()));
        Assert.True(any.Total() >= lead.Total());
        Assert.Contains(organization.GetProperty("pipeline").EnumerateArray(), p => p.Text("name") == TestAccounts.SeedProduct && p.GetProperty("isDeveloper").GetBoolean());
        Assert.Equal($"/api/registry/organizations/{id}/trials", organization.Text("trials"));
    }

    [Fact]
    public async Task Unknown_organizations_and_bad_parameters_are_problems()
    {
        using var client = app.CreateClient();

        var missing = await client.GetProblemAsync("/api/registry/organizations/999999", HttpStatusCode.NotFound);
        var missingTrials = await client.GetProblemAsync("/api/registry/organizations/999999/trials", HttpStatusCode.NotFound);
        var badRole = await client.GetProblemAsync("/api/registry/organizations/1/trials?role=sponsor", HttpStatusCode.BadRequest);
        var badClass = await client.GetProblemAsync("/api/registry/organizations?class=PHARMA", HttpStatusCode.BadRequest);
        var pageSize = await client.GetProblemAsync("/api/registry/organizations?pageSize=10", HttpStatusCode.BadRequest);

        Assert.Equal("There is no organization with id 999999.", missing.Text("detail"));
        Assert.Equal("There is no organization with id 999999.", missingTrials.Text("detail"));
        Assert.Contains("'role' must be one of any, lead, collaborator", badRole.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("'class' must be one of NIH, FED", badClass.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("Unknown parameter 'pageSize'", pageSize.Text("detail"), StringComparison.Ordinal);
    }
}
