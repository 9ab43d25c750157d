using TrialRegistry.Search;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>
/// Compares two searches' totals and facets. Within a facet, the listed values must be the same
/// with the same counts and labels; the order must agree too, except among the selected values
/// appended after the top values, whose order the SQL path leaves to the database.
/// </summary>
internal static class FacetComparison
{
    public static void AssertSame((int Total, TrialFacets Facets) expected, (int Total, TrialFacets Facets) actual, string context)
    {
        Assert.True(expected.Total == actual.Total, $"{context}: total {actual.Total}, SQL says {expected.Total}");
        foreach (var (name, sql, indexed) in Pairs(expected.Facets, actual.Facets))
        {
            var top = Math.Min(sql.Count, SharedFacetCounts.Top);
            Assert.True(
                sql.Take(top).SequenceEqual(indexed.Take(top)) && sql.ToHashSet().SetEquals(indexed),
                $"{context}: facet {name} is [{Show(indexed)}], SQL says [{Show(sql)}]");
        }
    }

    private static string Show(IEnumerable<FacetCount> values) => string.Join(", ", values.Select(v => $"{v.Value}/{v.Label}={v.Count}"));

    private static IEnumerable<(string, IReadOnlyList<FacetCount>, IReadOnlyList<FacetCount>)> Pairs(TrialFacets a, TrialFacets b)
    {
        yield return (nameof(a.Statuses), a.Statuses, b.Statuses);
        yield return (nameof(a.Phases), a.Phases, b.Phases);
        yield return (nameof(a.StudyTypes), a.StudyTypes, b.StudyTypes);
        yield return (nameof(a.Conditions), a.Conditions, b.Conditions);
        yield return (nameof(a.InterventionTypes), a.InterventionTypes, b.InterventionTypes);
        yield return (nameof(a.Products), a.Products, b.Products);
        yield return (nameof(a.Sponsors), a.Sponsors, b.Sponsors);
        yield return (nameof(a.SponsorClasses), a.SponsorClasses, b.SponsorClasses);
        yield return (nameof(a.Countries), a.Countries, b.Countries);
        yield return (nameof(a.HasResults), a.HasResults, b.HasResults);
        yield return (nameof(a.StartYears), a.StartYears, b.StartYears);
    }
}
