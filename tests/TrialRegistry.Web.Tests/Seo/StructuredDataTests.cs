using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Pages.Trials;
using TrialRegistry.Web.Features.Seo;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>
/// The schema.org JSON-LD of the trial and product pages: valid JSON in the head, the right type and
/// properties, and record text that cannot close its &lt;script&gt; element.
/// </summary>
[Collection(nameof(SeoCollection))]
public sealed class StructuredDataTests(SeoApp app)
{
    private const string Injection = "</script><script>alert(1)</script>";

    [Fact]
    public async Task A_trial_page_describes_the_trial_as_a_schema_org_MedicalTrial()
    {
        string briefTitle;
        await using (var db = CreateContext())
        {
            briefTitle = await db.Trials.Where(t => t.RegistryId == TestAccounts.SeedTrial).Select(t => t.BriefTitle).SingleAsync();
        }

        using var client = app.CreateClient();
        var page = await PageHead.GetAsync(client, $"/trials/{TestAccounts.SeedTrial}");
        var trial = page.JsonLd();

        Assert.Equal("https://schema.org", trial.GetProperty("@context").GetString());
        Assert.Equal("MedicalTrial", trial.GetProperty("@type").GetString());
        Assert.Equal(briefTitle, trial.GetProperty("name").GetString());
        Assert.Equal(TestAccounts.SeedTrial, trial.GetProperty("identifier").GetString());
        Assert.Equal(page.Canonical, trial.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(trial.GetProperty("description").GetString()));

        // The seed trial is UNKNOWN (last known: recruiting), which schema.org's MedicalStudyStatus has no member for.
        Assert.False(trial.TryGetProperty("status", out _));

        var sponsor = trial.GetProperty("sponsor");
        Assert.Equal("Organization", sponsor.GetProperty("@type").GetString());
        Assert.Equal(TestAccounts.Aphp, sponsor.GetProperty("name").GetString());

        var conditions = trial.GetProperty("healthCondition").EnumerateArray().ToList();
        Assert.NotEmpty(conditions);
        Assert.All(conditions, c => Assert.Equal("MedicalCondition", c.GetProperty("@type").GetString()));
    }

    [Fact]
    public async Task A_product_page_describes_the_product_as_a_schema_org_Drug_made_by_its_developer()
    {
        int id;
        await using (var db = CreateContext())
        {
            id = await db.Products.Where(p => p.Name == TestAccounts.SeedProduct).Select(p => p.Id).SingleAsync();
        }

        using var client = app.CreateClient();
        var page = await PageHead.GetAsync(client, $"/products/{id}");
        var product = page.JsonLd();

        Assert.Equal("https://schema.org", product.GetProperty("@context").GetString());
        Assert.Equal("Drug", product.GetProperty("@type").GetString());
        Assert.Equal(TestAccounts.SeedProduct, product.GetProperty("name").GetString());
        Assert.Equal(page.Canonical, product.GetProperty("url").GetString());
        Assert.Contains(
            product.GetProperty("manufacturer").EnumerateArray(),
            m => m.GetProperty("@type").GetString() == "Organization" && m.GetProperty("name").GetString() == TestAccounts.Aphp);
    }

    [Fact]
    public async Task A_title_with_a_closing_script_tag_stays_data()
    {
        // A trial no other test opens, so no response for it is cached anywhere yet.
        await using var db = CreateContext();
        var trial = await db.Trials.OrderByDescending(t => t.Id).FirstAsync(t => t.RegistryId != TestAccounts.SeedTrial);
        var title = trial.BriefTitle;
        trial.BriefTitle = Injection;
        await db.SaveChangesAsync();
        try
        {
            using var client = app.CreateClient();
            var page = await PageHead.GetAsync(client, $"/trials/{Uri.EscapeDataString(trial.RegistryId)}");

            Assert.DoesNotContain("<script>alert(1)", page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(page.Document.Scripts, script => script.TextContent.Contains("alert(1)", StringComparison.Ordinal)
                && script.GetAttribute("type") != "application/ld+json");
            Assert.Equal(Injection, page.JsonLd().GetProperty("name").GetString());
            Assert.Equal($"{trial.RegistryId}: {Injection} · TrialRegistry", page.Title);
            Assert.Equal($"{trial.RegistryId}: {Injection}", page.Meta("og:title"));
        }
        finally
        {
            trial.BriefTitle = title;
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public void The_serializer_escapes_what_could_end_a_script_element_and_keeps_accents_readable()
    {
        var json = JsonLd.Serialize(new JsonObject { ["name"] = "</script><!-- & \"Hôpitaux\" 'x' >" });

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.Contains("Hôpitaux", json, StringComparison.Ordinal);
        Assert.Equal("</script><!-- & \"Hôpitaux\" 'x' >", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(OverallStatus.Recruiting, "https://schema.org/Recruiting")]
    [InlineData(OverallStatus.ActiveNotRecruiting, "https://schema.org/ActiveNotRecruiting")]
    [InlineData(OverallStatus.Withdrawn, "https://schema.org/Withdrawn")]
    [InlineData(OverallStatus.Unknown, null)]
    [InlineData(OverallStatus.ApprovedForMarketing, null)]
    public void A_status_is_a_schema_org_MedicalStudyStatus_where_one_exists(OverallStatus status, string? expected)
        => Assert.Equal(expected, TrialPageMeta.StudyStatus(status));

    private RegistryDbContext CreateContext()
        => app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();
}
