using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Generation;
using TrialRegistry.Organizations;
using TrialRegistry.Search;
using TrialRegistry.Trials;

namespace TrialRegistry.Benchmarks;

/// <summary>One query of the fixed mix: its class (what the figures are grouped by) and the search.</summary>
internal sealed record BenchQuery(string Class, string Name, TrialSearchQuery Query);

/// <summary>
/// The fixed mix of 50 realistic searches (45 timed as they are, 5 as page 1 vs a deep page). Ids of
/// conditions and sponsors are looked up by name in the loaded corpus, so the mix is the same for every
/// size of the same seed.
/// </summary>
internal static class BenchQueries
{
    public const string Text = "text";
    public const string TextOneFacet = "text+1 facet";
    public const string TextTwoFacets = "text+2 facets";
    public const string FacetsOnly = "facets only";
    public const string Identifier = "identifier";

    public static async Task<(List<BenchQuery> Queries, List<BenchQuery> DeepPaging)> BuildAsync(RegistryDbContext db, int size)
    {
        async Task<int> Condition(string name) => await db.Conditions.Where(c => c.Name == name).Select(c => c.Id).FirstOrDefaultAsync();
        async Task<int> Sponsor(string name) => await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).FirstOrDefaultAsync();

        var eudract = await db.Set<TrialSecondaryId>().Where(s => s.Type == SecondaryIdType.EudractNumber)
            .OrderBy(s => s.Id).Select(s => s.Value).FirstOrDefaultAsync() ?? "2015-000001-11";
        var trials = Math.Max(size, await db.Trials.CountAsync());

        var queries = new List<BenchQuery>
        {
            new(Text, "lupus", new() { Text = "lupus" }),
            new(Text, "breast cancer", new() { Text = "breast cancer" }),
            new(Text, "\"heart failure\"", new() { Text = "\"heart failure\"" }),
            new(Text, "covid-19 vaccine", new() { Text = "covid-19 vaccine" }),
            new(Text, "diabetes OR obesity", new() { Text = "diabetes OR obesity" }),
            new(Text, "cancer -breast", new() { Text = "cancer -breast" }),
            new(Text, "pembrolizumab", new() { Text = "pembrolizumab" }),
            new(Text, "crohn disease", new() { Text = "crohn disease" }),
            new(Text, "depression (sort: start)", new() { Text = "depression", Sort = TrialSort.StartDate }),
            new(Text, "stem cells", new() { Text = "stem cells" }),
            new(Text, "postoperative pain", new() { Text = "postoperative pain" }),
            new(Text, "asthma children (sort: enrollment)", new() { Text = "asthma children", Sort = TrialSort.Enrollment }),

            new(TextOneFacet, "cancer + recruiting", new() { Text = "cancer", Statuses = [OverallStatus.Recruiting] }),
            new(TextOneFacet, "lupus + France", new() { Text = "lupus", Countries = ["France"] }),
            new(TextOneFacet, "diabetes + phase 3", new() { Text = "diabetes", Phases = [Phase.Phase3] }),
            new(TextOneFacet, "covid + interventional", new() { Text = "covid", StudyTypes = [StudyType.Interventional] }),
            new(TextOneFacet, "depression + behavioral", new() { Text = "depression", InterventionTypes = [InterventionType.Behavioral] }),
            new(TextOneFacet, "pain + has results", new() { Text = "pain", HasResults = true }),
            new(TextOneFacet, "stroke + start 2015-2020", new() { Text = "stroke", StartYearFrom = 2015, StartYearTo = 2020 }),
            new(TextOneFacet, "pembrolizumab + industry", new() { Text = "pembrolizumab", SponsorClasses = [OrganizationClass.Industry] }),

            new(TextTwoFacets, "cancer + recruiting + phase 2", new() { Text = "cancer", Statuses = [OverallStatus.Recruiting], Phases = [Phase.Phase2] }),
            new(TextTwoFacets, "breast cancer + US + phase 3", new() { Text = "breast cancer", Countries = ["United States"], Phases = [Phase.Phase3] }),
            new(TextTwoFacets, "lupus + phase 2 + completed", new() { Text = "lupus", Phases = [Phase.Phase2], Statuses = [OverallStatus.Completed] }),
            new(TextTwoFacets, "covid-19 + interventional + China", new() { Text = "covid-19", StudyTypes = [StudyType.Interventional], Countries = ["China"] }),
            new(TextTwoFacets, "diabetes + industry + completed", new() { Text = "diabetes", SponsorClasses = [OrganizationClass.Industry], Statuses = [OverallStatus.Completed] }),
            new(TextTwoFacets, "heart failure + drug + US", new() { Text = "heart failure", InterventionTypes = [InterventionType.Drug], Countries = ["United States"] }),
            new(TextTwoFacets, "depression + observational + US", new() { Text = "depression", StudyTypes = [StudyType.Observational], Countries = ["United States"] }),
            new(TextTwoFacets, "asthma + phase 3 + has results", new() { Text = "asthma", Phases = [Phase.Phase3], HasResults = true }),
            new(TextTwoFacets, "crohn + biological + recruiting (sort: last update)", new() { Text = "crohn", InterventionTypes = [InterventionType.Biological], Statuses = [OverallStatus.Recruiting], Sort = TrialSort.LastUpdate }),
            new(TextTwoFacets, "pain + procedure + Egypt", new() { Text = "pain", InterventionTypes = [InterventionType.Procedure], Countries = ["Egypt"] }),

            new(FacetsOnly, "everything (sort: last update)", new()),
            new(FacetsOnly, "recruiting", new() { Statuses = [OverallStatus.Recruiting] }),
            new(FacetsOnly, "phase 3 + US", new() { Phases = [Phase.Phase3], Countries = ["United States"] }),
            new(FacetsOnly, "condition: Breast Cancer", new() { ConditionIds = [await Condition("Breast Cancer")] }),
            new(FacetsOnly, "sponsor: Pfizer", new() { SponsorIds = [await Sponsor("Pfizer")] }),
            new(FacetsOnly, "intervention type: device", new() { InterventionTypes = [InterventionType.Device] }),
            new(FacetsOnly, "has results (sort: enrollment)", new() { HasResults = true, Sort = TrialSort.Enrollment }),
            new(FacetsOnly, "start 2015-2020 (sort: start)", new() { StartYearFrom = 2015, StartYearTo = 2020, Sort = TrialSort.StartDate }),
            new(FacetsOnly, "sponsor class: NIH", new() { SponsorClasses = [OrganizationClass.Nih] }),
            new(FacetsOnly, "France + recruiting + interventional", new() { Countries = ["France"], Statuses = [OverallStatus.Recruiting], StudyTypes = [StudyType.Interventional] }),

            new(Identifier, "first NCT id", new() { Text = StudyGenerator.NctIdOf(0) }),
            new(Identifier, "middle NCT id", new() { Text = StudyGenerator.NctIdOf(trials / 2) }),
            new(Identifier, "last NCT id (lower case)", new() { Text = StudyGenerator.NctIdOf(trials - 1).ToLowerInvariant() }),
            new(Identifier, "EudraCT number", new() { Text = eudract }),
            new(Identifier, "unknown NCT id (falls back to text)", new() { Text = "NCT99999998" }),
        };

        var deep = new List<BenchQuery>
        {
            new("deep paging", "everything by last update", new()),
            new("deep paging", "completed by start date", new() { Statuses = [OverallStatus.Completed], Sort = TrialSort.StartDate }),
            new("deep paging", "cancer by relevance", new() { Text = "cancer" }),
            new("deep paging", "patients by enrollment", new() { Text = "patients", Sort = TrialSort.Enrollment }),
            new("deep paging", "US + interventional by last update", new() { Countries = ["United States"], StudyTypes = [StudyType.Interventional] }),
        };
        return (queries, deep);
    }
}
