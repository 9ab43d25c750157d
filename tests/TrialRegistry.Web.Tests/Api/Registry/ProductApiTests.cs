using System.Net;
using System.Text.Json;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.Registry;

/// <summary>/api/registry/products on the demo data: the seed product, its linked records, paging, 404 and 400.</summary>
public sealed class ProductApiTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private static readonly string[] RecordLists = ["trials", "clinical-results", "translational-studies", "patents", "deals"];

    [Fact]
    public async Task The_list_finds_the_seed_product_by_alias_free_text_in_camel_case_with_its_type_in_api_spelling()
    {
        using var client = app.CreateClient();

        var page = await client.GetJsonAsync("/api/registry/products?q=umbilical%20cord&pageSize=5");

        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(5, page.GetProperty("pageSize").GetInt32());
        var seed = Assert.Single(page.Items(), p => p.Text("name") == TestAccounts.SeedProduct);
        Assert.Equal("CELL_THERAPY", seed.Text("type"));
        Assert.Contains(TestAccounts.Aphp, seed.GetProperty("developers").EnumerateArray().Select(d => d.GetString()));
        Assert.True(seed.GetProperty("trialCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_type_filter_and_paging_cover_every_product_once()
    {
        using var client = app.CreateClient();
        var all = await client.GetJsonAsync("/api/registry/products?pageSize=100");
        var seen = new List<int>();
        for (var page = 1; page <= (all.Total() + 2) / 3; page++)
        {
            var rows = await client.GetJsonAsync($"/api/registry/products?pageSize=3&page={page}&sort=name");
            seen.AddRange(rows.Items().Select(p => p.GetProperty("id").GetInt32()));
        }

        Assert.Equal(all.Total(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var cellTherapies = await client.GetJsonAsync("/api/registry/products?type=CELL_THERAPY&pageSize=100");
        Assert.NotEmpty(cellTherapies.Items());
        Assert.All(cellTherapies.Items(), p => Assert.Equal("CELL_THERAPY", p.Text("type")));
    }

    [Fact]
    public async Task One_product_has_its_developers_counts_and_links_and_each_list_has_as_many_records_as_counted()
    {
        using var client = app.CreateClient();
        var id = await SeedProductIdAsync(client);

        var product = await client.GetJsonAsync($"/api/registry/products/{id}");

        Assert.Equal(TestAccounts.SeedProduct, product.Text("name"));
        Assert.Contains(product.GetProperty("developers").EnumerateArray(), d => d.Text("name") == TestAccounts.Aphp);
        var counts = product.GetProperty("counts");
        int[] expected =
        [
            counts.GetProperty("trials").GetInt32(), counts.GetProperty("clinicalResults").GetInt32(),
            counts.GetProperty("translationalStudies").GetInt32(), counts.GetProperty("patents").GetInt32(), counts.GetProperty("deals").GetInt32(),
        ];
        Assert.All(expected, count => Assert.True(count > 0, "the seed product has records of every kind"));
        for (var i = 0; i < RecordLists.Length; i++)
        {
            var link = product.GetProperty("links").EnumerateObject().ElementAt(i).Value.GetString()!;
            Assert.Equal($"/api/registry/products/{id}/{RecordLists[i]}", link);
            var list = await client.GetJsonAsync(link + "?pageSize=100");
            Assert.Equal(expected[i], list.Total());
            Assert.Equal(expected[i], list.Items().Count());
        }

        var trials = await client.GetJsonAsync($"/api/registry/products/{id}/trials?pageSize=100");
        Assert.Contains(trials.Items(), t => t.Text("registryId") == TestAccounts.SeedTrial);
    }

    [Fact]
    public async Task The_record_lists_carry_the_texts_the_page_tables_leave_out()
    {
        using var client = app.CreateClient();
        var id = await SeedProductIdAsync(client);

        var results = await client.GetJsonAsync($"/api/registry/products/{id}/clinical-results?pageSize=100");
        var patents = await client.GetJsonAsync($"/api/registry/products/{id}/patents?pageSize=100");
        var deals = await client.GetJsonAsync($"/api/registry/products/{id}/deals?pageSize=100");

        Assert.Contains(results.Items(), r => r.GetProperty("outcomeSummary").ValueKind == JsonValueKind.String);
        Assert.All(results.Items(), r => Assert.Equal(JsonValueKind.Array, r.GetProperty("organizations").ValueKind));
        Assert.All(patents.Items(), p => Assert.False(string.IsNullOrEmpty(p.Text("publicationNumber"))));
        Assert.All(deals.Items(), d => Assert.NotEmpty(d.GetProperty("parties").EnumerateArray()));
        Assert.All(deals.Items(), d => Assert.Contains(d.Text("status"), new[] { "ANNOUNCED", "ACTIVE", "COMPLETED", "TERMINATED" }));
    }

    [Fact]
    public async Task Lists_are_newest_first_by_default_and_page_without_overlap()
    {
        using var client = app.CreateClient();
        var id = await SeedProductIdAsync(client);
        var paged = 0;
        foreach (var (list, date) in new[] { ("clinical-results", "date"), ("translational-studies", "date"), ("deals", "date"), ("trials", "startDate") })
        {
            var all = await client.GetJsonAsync($"/api/registry/products/{id}/{list}?pageSize=100");
            var dates = all.Items().Select(r => r.GetProperty(date).GetString()).Where(d => d is not null).ToList();
            Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
            if (all.Total() < 2)
            {
                continue;
            }

            var first = await client.GetJsonAsync($"/api/registry/products/{id}/{list}?pageSize=1&page=1");
            var second = await client.GetJsonAsync($"/api/registry/products/{id}/{list}?pageSize=1&page=2");
            Assert.Equal(all.Items().ElementAt(0).GetRawText(), Assert.Single(first.Items()).GetRawText());
            Assert.Equal(all.Items().ElementAt(1).GetRawText(), Assert.Single(second.Items()).GetRawText());
            paged++;
        }

        Assert.True(paged > 0, "some list of the seed product has two records");
    }

    [Fact]
    public async Task The_organization_filter_gives_the_counts_of_that_organization()
    {
        using var client = app.CreateClient();
        var id = await SeedProductIdAsync(client);
        var product = await client.GetJsonAsync($"/api/registry/products/{id}");
        var aphp = product.GetProperty("organizations").EnumerateArray().First(o => o.Text("name") == TestAccounts.Aphp);
        Assert.True(aphp.GetProperty("isDeveloper").GetBoolean());

        var filtered = await client.GetJsonAsync($"/api/registry/products/{id}?organizationId={aphp.GetProperty("id").GetInt32()}");
        var trials = await client.GetJsonAsync($"/api/registry/products/{id}/trials?organizationId={aphp.GetProperty("id").GetInt32()}&pageSize=100");

        Assert.Equal(aphp.GetProperty("id").GetInt32(), filtered.GetProperty("organizationId").GetInt32());
        Assert.Equal(filtered.GetProperty("counts").GetProperty("trials").GetInt32(), trials.Total());
        Assert.All(trials.Items(), t => Assert.Equal(TestAccounts.Aphp, t.GetProperty("leadSponsor").Text("name")));
    }

    [Fact]
    public async Task An_unknown_product_is_a_404_problem()
    {
        using var client = app.CreateClient();

        var problem = await client.GetProblemAsync("/api/registry/products/999999", HttpStatusCode.NotFound);
        var listProblem = await client.GetProblemAsync("/api/registry/products/999999/deals", HttpStatusCode.NotFound);

        Assert.Equal("There is no product with id 999999.", problem.Text("detail"));
        Assert.Equal("There is no product with id 999999.", listProblem.Text("detail"));
    }

    [Theory]
    [InlineData("/api/registry/products?pageSize=0", "'pageSize' must be a whole number from 1 to 100")]
    [InlineData("/api/registry/products?pageSize=1000", "'pageSize' must be a whole number from 1 to 100")]
    [InlineData("/api/registry/products?page=abc", "'page' must be a whole number")]
    [InlineData("/api/registry/products?type=PILL", "'type' must be one of SMALL_MOLECULE")]
    [InlineData("/api/registry/products?query=lupus", "Unknown parameter 'query'")]
    [InlineData("/api/registry/products?q=a&q=b", "'q' was given more than once")]
    [InlineData("/api/registry/products/1/trials?sort=value", "'sort' must be one of date, title, id, status")]
    [InlineData("/api/registry/products/1?organizationId=x", "'organizationId' must be a whole number")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_it(string path, string message)
    {
        using var client = app.CreateClient();

        var problem = await client.GetProblemAsync(path, HttpStatusCode.BadRequest);

        Assert.Contains(message, problem.Text("detail"), StringComparison.Ordinal);
    }

    private static async Task<int> SeedProductIdAsync(HttpClient client)
    {
        var page = await client.GetJsonAsync("/api/registry/products?q=" + Uri.EscapeDataString(TestAccounts.SeedProduct));
        return page.Items().First(p => p.Text("name") == TestAccounts.SeedProduct).GetProperty("id").GetInt32();
    }
}
