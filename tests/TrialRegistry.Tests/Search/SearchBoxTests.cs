using TrialRegistry.CtGovApi.Search;
using TrialRegistry.Search;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Search;

/// <summary>What the search box's text is read as: an identifier, a sponsor's name or alias, or words (issue 13).</summary>
public sealed class SearchBoxTests(SearchBoxDatabase data) : IClassFixture<SearchBoxDatabase>
{
    private async Task<TrialSearchResult> Search(string text, int pageSize = 20, IReadOnlyList<int>? sponsors = null, string? after = null)
    {
        await using var db = data.CreateContext();
        return await SearchTrials.RunAsync(db, new TrialSearchQuery { Text = text, PageSize = pageSize, SponsorIds = sponsors ?? [], After = after });
    }

    [Theory]
    [InlineData("TRG-000001", "TRG-000001")]
    [InlineData("  trg-000001 ", "TRG-000001")]
    [InlineData("P150302", "NCT30000001")]
    [InlineData(" p150302", "NCT30000001")]
    [InlineData("anrs   12345 ", "NCT30000007")]
    public async Task A_registry_id_org_study_id_or_secondary_id_opens_its_trial(string text, string expected)
    {
        var result = await Search(text);

        Assert.Equal(expected, result.IdentifierMatch);
        Assert.Equal(expected, Assert.Single(result.Hits).RegistryId);
        Assert.Null(result.Facets);
    }

    [Fact]
    public async Task An_org_study_id_of_several_trials_lists_them_all_and_opens_none()
    {
        var result = await Search("Shared-01");

        Assert.Null(result.IdentifierMatch);
        Assert.Equal("SHARED-01", result.Identifier);
        Assert.Equal(["NCT30000006", "NCT30000007"], result.Hits.Select(h => h.RegistryId));
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task A_study_id_that_is_also_a_word_of_other_trials_is_searched_as_words()
    {
        var result = await Search("covid-19");

        Assert.Null(result.IdentifierMatch);
        Assert.Null(result.Identifier);
        Assert.Equal(["NCT30000009"], result.Hits.Select(h => h.RegistryId));
    }

    [Theory]
    [InlineData("NCT39999999")]
    [InlineData(" nct39999999 ")]
    public async Task A_registry_number_no_trial_has_is_searched_as_words_citing_it(string text)
    {
        var result = await Search(text);

        Assert.Null(result.IdentifierMatch);
        Assert.Null(result.Identifier);
        Assert.Empty(result.LedBy);
        Assert.Equal(["NCT30000010"], result.Hits.Select(h => h.RegistryId));
    }

    [Theory]
    [InlineData("lupus")]
    [InlineData("nephritis")]
    public async Task A_word_that_is_no_id_nor_sponsor_is_searched_as_text(string text)
    {
        var result = await Search(text);

        Assert.Null(result.IdentifierMatch);
        Assert.Null(result.Identifier);
        Assert.Empty(result.LedBy);
        Assert.Contains("NCT30000006", result.Hits.Select(h => h.RegistryId));
        Assert.NotNull(result.Facets);
    }

    [Theory]
    [InlineData("APHP")]
    [InlineData("ap-hp")]
    [InlineData(" aphp ")]
    [InlineData("Assistance Publique - Hôpitaux de Paris")]
    [InlineData("assistance publique hopitaux de paris")]
    public async Task A_sponsors_name_or_alias_finds_exactly_the_trials_it_leads(string text)
    {
        var result = await Search(text);

        Assert.Equal(SearchBoxDatabase.AphpTrials.Order(), result.Hits.Select(h => h.RegistryId).Order());
        Assert.DoesNotContain("NCT30000006", result.Hits.Select(h => h.RegistryId));
        Assert.Equal(5, result.Total);
        Assert.Equal([new SponsorMatch(data.AphpId, "Assistance Publique - Hôpitaux de Paris")], result.LedBy);
        Assert.Null(result.IdentifierMatch);

        // As a sponsor facet choice: the sponsor facet counts ignore it, the others count its trials.
        Assert.NotNull(result.Facets);
        Assert.Equal(5, result.Facets.Statuses.Sum(s => s.Count));
        Assert.Contains(result.Facets.Sponsors, s => s.Value == data.PharmaId.ToString(System.Globalization.CultureInfo.InvariantCulture) && s.Count == 4);
    }

    [Fact]
    public async Task A_sponsors_trials_page_like_a_sponsor_filter()
    {
        var first = await Search("APHP", pageSize: 3);
        var second = await Search("APHP", pageSize: 3, after: first.NextCursor);

        Assert.NotNull(first.NextCursor);
        Assert.Equal(3, first.Hits.Count);
        Assert.Equal(SearchBoxDatabase.AphpTrials.Order(), first.Hits.Concat(second.Hits).Select(h => h.RegistryId).Order());
        Assert.Null(second.NextCursor);
        Assert.Equal(second.LedBy, first.LedBy);
    }

    [Fact]
    public async Task A_quoted_sponsor_name_is_searched_as_words()
    {
        var result = await Search("\"APHP\"");

        Assert.Empty(result.LedBy);
        Assert.Equal(["NCT30000006"], result.Hits.Select(h => h.RegistryId));
    }

    [Fact]
    public async Task An_alias_of_an_organization_that_leads_no_trial_is_searched_as_words()
    {
        // "LUPUS" is an alias of an organization without trials: the lupus trials are found by their words.
        var result = await Search("LUPUS");

        Assert.Empty(result.LedBy);
        Assert.Equal(["NCT30000006", "NCT30000007"], result.Hits.Select(h => h.RegistryId).Order());
    }

    [Fact]
    public async Task A_sponsor_name_with_another_sponsor_ticked_adds_its_trials_as_a_second_facet_value_would()
    {
        var result = await Search("APHP", sponsors: [data.PharmaId]);

        Assert.Equal([data.AphpId], result.LedBy.Select(s => s.Id));
        Assert.Equal(9, result.Total);
        Assert.Equal(SearchBoxDatabase.AphpTrials.Length, result.Hits.Count(h => h.LeadSponsorId == data.AphpId));
    }

    [Fact]
    public async Task The_export_reads_the_box_as_the_search_does()
    {
        async Task<List<string>> Exported(string text)
        {
            await using var db = data.CreateContext();
            var ids = new List<string>();
            await foreach (var batch in SearchCtGovStudies.ExportBatchesAsync(db, new TrialSearchQuery { Text = text }, 2))
            {
                ids.AddRange(batch.Select(t => t.RegistryId));
            }

            return ids;
        }

        Assert.Equal(SearchBoxDatabase.AphpTrials.Order(), (await Exported("aphp")).Order());
        Assert.Equal(["NCT30000006", "NCT30000007"], (await Exported("shared-01")).Order());
        Assert.Equal(["NCT30000001"], await Exported("p150302"));
    }

    [Fact]
    public async Task The_identifier_and_sponsor_lookups_can_use_btree_indexes_only()
    {
        var plans = new PlanRecorder();
        await using (var db = data.CreateContext(plans))
        {
            await SearchTrials.RunAsync(db, new TrialSearchQuery { Text = "p150302" });
            await SearchTrials.RunAsync(db, new TrialSearchQuery { Text = "aphp", IncludeFacets = false });
        }

        var lookups = plans.Plans.Where(p => p.Sql.Contains("upper(", StringComparison.Ordinal) || p.Sql.Contains("organization_aliases", StringComparison.Ordinal)).ToList();
        // The identifier lookup of each text, then the sponsor lookup of "aphp" (no trial has that id).
        Assert.Equal(3, lookups.Count);
        var all = string.Join("\n", lookups.Select(p => p.Plan));
        foreach (var index in new[]
        {
            "ix_trials_registry_id", "ix_trials_org_study_id_upper", "ix_trial_secondary_id_value_upper",
            "ix_organizations_normalized_name", "ix_organization_aliases_normalized_name",
        })
        {
            Assert.Contains(index, all, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Seq Scan", all, StringComparison.Ordinal);
    }
}
