using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Pages.Trials.Search;

namespace TrialRegistry.Web.Tests.Trials.Search;

public sealed class TrialSearchUrlTests
{
    private readonly NavigationManager navigation = new TestNavigation();

    [Fact]
    public void Every_part_of_a_search_survives_the_trip_through_its_url()
    {
        var query = new TrialSearchQuery
        {
            Text = "lupus \"stem cell\" -pediatric OR nephritis & co?",
            Statuses = [OverallStatus.Recruiting, OverallStatus.ActiveNotRecruiting],
            Phases = [Phase.Phase1, Phase.Phase2],
            StudyTypes = [StudyType.Interventional],
            ConditionIds = [12, 7],
            InterventionTypes = [InterventionType.Biological, InterventionType.DietarySupplement],
            ProductIds = [3],
            SponsorIds = [41, 9],
            SponsorClasses = [OrganizationClass.OtherGov, OrganizationClass.Industry],
            Countries = ["Korea, Republic of", "Côte d'Ivoire", "United States"],
            HasResults = false,
            StartYearFrom = 2015,
            StartYearTo = 2020,
            Sort = TrialSort.Enrollment,
            After = "MnwxMjB8NDI",
            PageSize = TrialSearchUrl.PageSize,
        };
        string[] previous = ["MnwzMDB8MTA", "MnwyMDB8MTE"];

        var link = TrialSearchUrl.Link(navigation, query, previous);
        var parsed = TrialSearchUrl.Parse(ParametersOf(link));

        Assert.Empty(parsed.Problems);
        AssertSameSearch(query, parsed.Query);
        Assert.Equal(previous, parsed.Previous);
        Assert.Equal(4, parsed.PageNumber);
        Assert.Equal(link, TrialSearchUrl.Link(navigation, parsed.Query, parsed.Previous));
    }

    [Fact]
    public void Facet_values_travel_in_their_clinicaltrials_gov_spelling()
    {
        var query = new TrialSearchQuery
        {
            Statuses = [OverallStatus.ActiveNotRecruiting],
            Phases = [Phase.EarlyPhase1],
            SponsorClasses = [OrganizationClass.OtherGov],
            HasResults = true,
        };

        var link = TrialSearchUrl.Link(navigation, query);

        Assert.Equal("/trials?status=ACTIVE_NOT_RECRUITING&phase=EARLY_PHASE1&class=OTHER_GOV&results=true", link);
    }

    [Fact]
    public void The_default_search_is_the_bare_path()
    {
        var parsed = TrialSearchUrl.Parse(ParametersOf("/trials"));

        Assert.Empty(parsed.Problems);
        AssertSameSearch(new TrialSearchQuery { PageSize = TrialSearchUrl.PageSize }, parsed.Query);
        Assert.Equal(1, parsed.PageNumber);
        Assert.Equal("/trials", TrialSearchUrl.Link(navigation, parsed.Query));
    }

    [Theory]
    [InlineData("/trials?status=RECRUITING")]
    [InlineData("/trials?phase=PHASE2")]
    [InlineData("/trials?q=lupus")]
    [InlineData("/trials?q=stem%20cells")]
    public void The_home_page_links_are_valid_searches_in_canonical_form(string link)
    {
        var parsed = TrialSearchUrl.Parse(ParametersOf(link));

        Assert.Empty(parsed.Problems);
        Assert.Equal(link, TrialSearchUrl.Link(navigation, parsed.Query));
    }

    [Fact]
    public void Values_are_read_leniently_and_written_canonically()
    {
        var parsed = TrialSearchUrl.Parse(ParametersOf("/trials?phase=phase2&phase=Phase2&status=recruiting&results=TRUE&sort=Enrollment&q=%20%20lupus%20"));

        Assert.Empty(parsed.Problems);
        Assert.Equal([Phase.Phase2], parsed.Query.Phases);
        Assert.Equal([OverallStatus.Recruiting], parsed.Query.Statuses);
        Assert.True(parsed.Query.HasResults);
        Assert.Equal(TrialSort.Enrollment, parsed.Query.Sort);
        Assert.Equal("lupus", parsed.Query.Text);
        Assert.Equal("/trials?q=lupus&status=RECRUITING&phase=PHASE2&results=true&sort=enrollment", TrialSearchUrl.Link(navigation, parsed.Query));
    }

    [Fact]
    public void Bad_values_are_left_out_and_each_one_is_reported()
    {
        var parsed = TrialSearchUrl.Parse(ParametersOf(
            "/trials?status=FOO&status=RECRUITING&phase=PHASE9&condition=abc&condition=12&condition=-3&sponsor=1.5&results=maybe&from=20x&to=2020&sort=best&type=&class=MEGACORP"));

        Assert.Equal([OverallStatus.Recruiting], parsed.Query.Statuses);
        Assert.Empty(parsed.Query.Phases);
        Assert.Equal([12], parsed.Query.ConditionIds);
        Assert.Empty(parsed.Query.SponsorIds);
        Assert.Null(parsed.Query.HasResults);
        Assert.Null(parsed.Query.StartYearFrom);
        Assert.Equal(2020, parsed.Query.StartYearTo);
        Assert.Equal(TrialSort.Relevance, parsed.Query.Sort);
        Assert.Empty(parsed.Query.StudyTypes);
        Assert.Empty(parsed.Query.SponsorClasses);
        string[] expected =
        [
            "status=FOO", "phase=PHASE9", "condition=abc", "condition=-3", "sponsor=1.5", "results=maybe", "from=20x", "sort=best", "class=MEGACORP",
        ];
        Assert.Equal(expected.Length, parsed.Problems.Count);
        foreach (var bad in expected)
        {
            Assert.Contains(parsed.Problems, p => p.StartsWith("Ignored " + bad + ":", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Empty_values_mean_not_given()
    {
        var parsed = TrialSearchUrl.Parse(ParametersOf("/trials?q=&status=&from=&sort=&after="));

        Assert.Empty(parsed.Problems);
        Assert.Equal("/trials", TrialSearchUrl.Link(navigation, parsed.Query));
    }

    [Fact]
    public void Two_different_results_values_cancel_that_filter_with_a_message()
    {
        var parsed = TrialSearchUrl.Parse(ParametersOf("/trials?results=true&results=false"));

        Assert.Null(parsed.Query.HasResults);
        Assert.Equal("Ignored results: it was given more than one value.", Assert.Single(parsed.Problems));
    }

    [Fact]
    public void Earlier_page_cursors_only_count_behind_a_later_page()
    {
        var first = TrialSearchUrl.Parse(ParametersOf("/trials?prev=abc"));
        var third = TrialSearchUrl.Parse(ParametersOf("/trials?after=def&prev=abc"));

        Assert.Empty(first.Previous);
        Assert.Equal(1, first.PageNumber);
        Assert.Equal("/trials", TrialSearchUrl.Link(navigation, first.Query, first.Previous));
        Assert.Equal(["abc"], third.Previous);
        Assert.Equal(3, third.PageNumber);
        Assert.Equal("/trials?after=def&prev=abc", TrialSearchUrl.Link(navigation, third.Query, third.Previous));
    }

    [Fact]
    public void Changing_a_facet_goes_back_to_the_first_page()
    {
        var field = SearchField.Of(SearchFacet.Phase);
        var query = new TrialSearchQuery { Phases = [Phase.Phase2], After = "cursor" };

        var added = field.Adding(query, "PHASE3");
        var removed = field.Removing(added, "PHASE2");

        Assert.Equal([Phase.Phase2, Phase.Phase3], added.Phases);
        Assert.Null(added.After);
        Assert.Equal([Phase.Phase3], removed.Phases);
        Assert.Equal("/trials?phase=PHASE3", TrialSearchUrl.Link(navigation, removed, ["ignored without after"]));
    }

    [Fact]
    public void Each_filter_chip_drops_just_its_own_value()
    {
        var query = new TrialSearchQuery
        {
            Text = "lupus",
            Phases = [Phase.Phase1, Phase.Phase2],
            Countries = ["France"],
            StartYearFrom = 2019,
            After = "cursor",
        };

        var chips = FilterChip.Of(query, view: null);

        Assert.Equal(
            ["Phase: Phase 1", "Phase: Phase 2", "Country: France", "Start year: 2019 or later"],
            chips.Select(c => $"{c.Title}: {c.Label}"));
        Assert.Equal("/trials?q=lupus&phase=PHASE2&country=France&from=2019", TrialSearchUrl.Link(navigation, chips[0].Without));
        Assert.Equal("/trials?q=lupus&phase=PHASE1&phase=PHASE2&country=France", TrialSearchUrl.Link(navigation, chips[3].Without));
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> ParametersOf(string link)
        => QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), link).Query);

    private static void AssertSameSearch(TrialSearchQuery expected, TrialSearchQuery actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Statuses, actual.Statuses);
        Assert.Equal(expected.Phases, actual.Phases);
        Assert.Equal(expected.StudyTypes, actual.StudyTypes);
        Assert.Equal(expected.ConditionIds, actual.ConditionIds);
        Assert.Equal(expected.InterventionTypes, actual.InterventionTypes);
        Assert.Equal(expected.ProductIds, actual.ProductIds);
        Assert.Equal(expected.SponsorIds, actual.SponsorIds);
        Assert.Equal(expected.SponsorClasses, actual.SponsorClasses);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.HasResults, actual.HasResults);
        Assert.Equal(expected.StartYearFrom, actual.StartYearFrom);
        Assert.Equal(expected.StartYearTo, actual.StartYearTo);
        Assert.Equal(expected.Sort, actual.Sort);
        Assert.Equal(expected.After, actual.After);
        Assert.Equal(expected.PageSize, actual.PageSize);
    }

    /// <summary>GetUriWithQueryParameters needs a NavigationManager; this one only knows its base address.</summary>
    private sealed class TestNavigation : NavigationManager
    {
        public TestNavigation() => Initialize("http://localhost/", "http://localhost/trials");

        protected override void NavigateToCore(string uri, NavigationOptions options)
        {
        }
    }
}
