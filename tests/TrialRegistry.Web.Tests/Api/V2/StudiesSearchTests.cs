using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Data;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Web.Api.V2;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>GET /api/v2/studies over HTTP, as a ClinicalTrials.gov client calls it, on the demo data.</summary>
public sealed class StudiesSearchTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Theory]
    [InlineData("/api/v2/studies?query.foo=lupus", "Unknown parameter \"query.foo\"")]
    [InlineData("/api/v2/studies?filter.overallStatus=FINISHED", "filter.overallStatus: invalid value \"FINISHED\"")]
    [InlineData("/api/v2/studies?pageSize=many", "pageSize: \"many\" is not an integer")]
    [InlineData("/api/v2/studies?sort=BriefTitle", "sort: unsupported field \"BriefTitle\"")]
    [InlineData("/api/v2/studies?pageToken=bogus", "pageToken: invalid token for this request")]
    [InlineData("/api/v2/studies?format=csv&fields=NCT%20Number,Colour", "fields: unknown CSV column \"Colour\"")]
    [InlineData("/api/v2/studies?fields=NoSuchField", "NoSuchField")]
    public async Task An_unknown_parameter_or_a_bad_value_is_a_400_with_a_plain_text_message(string url, string message)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CT_gov_client_finds_the_seed_trial_and_pages_with_the_next_page_token()
    {
        using var client = app.CreateClient();
        var found = await GetJsonAsync(client, $"/api/v2/studies?query.term={TestAccounts.SeedTrial}&fields=NCTId|BriefTitle|OverallStatus");
        var study = Assert.Single(found.GetProperty("studies").EnumerateArray());
        var identification = study.GetProperty("protocolSection").GetProperty("identificationModule");
        Assert.Equal(TestAccounts.SeedTrial, identification.GetProperty("nctId").GetString());
        Assert.False(found.TryGetProperty("nextPageToken", out _));
        Assert.False(found.TryGetProperty("totalCount", out _));

        var total = await TrialCountAsync();
        var ids = new List<string>();
        string? token = null;
        var first = true;
        do
        {
            var page = await GetJsonAsync(client, "/api/v2/studies?pageSize=40&fields=NCTId&countTotal=true" + (token is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(token)));
            Assert.Equal(first, page.TryGetProperty("totalCount", out var count));
            if (first)
            {
                Assert.Equal(total, count.GetInt32());
            }

            ids.AddRange(page.GetProperty("studies").EnumerateArray().Select(NctIdOf));
            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            first = false;
        }
        while (token is not null);

        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_walk_sorted_by_last_update_is_served_from_its_first_pages_order_over_http()
    {
        using var client = app.CreateClient();
        var total = await TrialCountAsync();
        var whole = await GetJsonAsync(client, "/api/v2/studies?pageSize=1000&sort=LastUpdatePostDate:desc&fields=NCTId");
        var expected = whole.GetProperty("studies").EnumerateArray().Select(NctIdOf).ToList();

        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await GetJsonAsync(client, "/api/v2/studies?pageSize=3&sort=LastUpdatePostDate:desc&fields=NCTId" + (token is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(token)));
            ids.AddRange(page.GetProperty("studies").EnumerateArray().Select(NctIdOf));
            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(total, expected.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task The_CSV_pages_parse_back_to_the_same_rows_as_the_JSON_pages()
    {
        using var client = app.CreateClient();
        var json = await GetJsonAsync(client, "/api/v2/studies?pageSize=1000&sort=NCTId");
        var studies = json.GetProperty("studies").EnumerateArray().ToList();
        Assert.True(studies.Count > 5);

        // The CSV walked 4 rows a page: the header on the first page only, the token in a header.
        var rows = new List<Dictionary<string, string>>();
        string[]? header = null;
        string? token = null;
        do
        {
            using var response = await client.GetAsync(new Uri(
                "/api/v2/studies?format=csv&pageSize=4&sort=NCTId&countTotal=true" + (token is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(token)), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(header is null, response.Headers.Contains(StudiesSearchEndpoint.TotalCountHeader));
            using var reader = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
            if (header is null)
            {
                Assert.True(await reader.ReadAsync());
                reader.ReadHeader();
                header = reader.HeaderRecord!;
                Assert.Equal(studies.Count.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues(StudiesSearchEndpoint.TotalCountHeader).Single());
            }

            while (await reader.ReadAsync())
            {
                Assert.NotEqual(CurrentCsvColumns.NctNumber, reader.GetField(0));
                rows.Add(header.Select((name, i) => (name, value: reader.GetField(i) ?? string.Empty)).ToDictionary(c => c.name, c => c.value));
            }

            token = response.Headers.TryGetValues(StudiesSearchEndpoint.NextPageTokenHeader, out var values) ? values.Single() : null;
        }
        while (token is not null);

        Assert.Equal(CurrentCsvColumns.NctNumber, header![0]);
        Assert.Contains(CurrentCsvColumns.StudyDesign, header);
        Assert.Equal(studies.Count, rows.Count);
        foreach (var (study, row) in studies.Zip(rows))
        {
            AssertSameStudy(study, row);
        }
    }

    [Fact]
    public async Task CSV_fields_pick_columns_in_the_download_order()
    {
        using var client = app.CreateClient();
        var text = await client.GetStringAsync(new Uri("/api/v2/studies?format=csv&pageSize=2&fields=Study%20Status|NCT%20Number", UriKind.Relative));

        Assert.StartsWith("NCT Number,Study Status\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_CT_gov_parameters()
    {
        using var client = app.CreateClient();
        var document = await GetJsonAsync(client, "/openapi/v1.json");
        var operation = document.GetProperty("paths").GetProperty("/api/v2/studies").GetProperty("get");
        var names = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.Equal("ClinicalTrials.gov API v2", operation.GetProperty("tags")[0].GetString());
        Assert.Subset(names.ToHashSet(), new HashSet<string?> { "query.term", "filter.geo", "filter.advanced", "pageToken", "pageSize", "countTotal", "format", "sort", "fields" });
    }

    /// <summary>The CSV row says what the JSON study says (the columns a client compares).</summary>
    internal static void AssertSameStudy(JsonElement study, IReadOnlyDictionary<string, string> row)
    {
        var protocol = study.GetProperty("protocolSection");
        Assert.Equal(NctIdOf(study), row[CurrentCsvColumns.NctNumber]);
        Assert.Equal(protocol.GetProperty("identificationModule").GetProperty("briefTitle").GetString(), row[CurrentCsvColumns.StudyTitle]);
        Assert.Equal(protocol.GetProperty("statusModule").GetProperty("overallStatus").GetString(), row[CurrentCsvColumns.StudyStatus]);
        Assert.Equal(DateOf(protocol.GetProperty("statusModule"), "startDateStruct"), row[CurrentCsvColumns.StartDate]);
        Assert.Equal(DateOf(protocol.GetProperty("statusModule"), "lastUpdatePostDateStruct"), row[CurrentCsvColumns.LastUpdatePosted]);
        var design = protocol.GetProperty("designModule");
        Assert.Equal(design.GetProperty("studyType").GetString(), row[CurrentCsvColumns.StudyType]);
        Assert.Equal(Joined(design, "phases"), row[CurrentCsvColumns.Phases]);
        Assert.Equal(
            design.TryGetProperty("enrollmentInfo", out var enrollment) && enrollment.TryGetProperty("count", out var count) ? count.GetInt32().ToString(CultureInfo.InvariantCulture) : string.Empty,
            row[CurrentCsvColumns.Enrollment]);
        Assert.Equal(
            protocol.GetProperty("sponsorCollaboratorsModule").GetProperty("leadSponsor").GetProperty("name").GetString(),
            row[CurrentCsvColumns.Sponsor]);
        Assert.Equal(protocol.TryGetProperty("conditionsModule", out var conditions) ? Joined(conditions, "conditions") : string.Empty, row[CurrentCsvColumns.Conditions]);
        Assert.Equal(study.GetProperty("hasResults").GetBoolean() ? "YES" : "NO", row[CurrentCsvColumns.StudyResults]);
    }

    internal static string NctIdOf(JsonElement study)
        => study.GetProperty("protocolSection").GetProperty("identificationModule").GetProperty("nctId").GetString()!;

    private static string DateOf(JsonElement module, string name)
        => module.TryGetProperty(name, out var date) ? date.GetProperty("date").GetString()! : string.Empty;

    private static string Joined(JsonElement module, string name)
        => module.TryGetProperty(name, out var values) ? string.Join('|', values.EnumerateArray().Select(v => v.GetString())) : string.Empty;

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<int> TrialCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.Trials.CountAsync();
    }
}
