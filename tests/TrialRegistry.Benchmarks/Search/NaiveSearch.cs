using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Search;
using TrialRegistry.Trials;

namespace TrialRegistry.Benchmarks.Search;

/// <summary>
/// The naive baseline of the search benchmark: the same facet filters as <see cref="SearchTrials"/>,
/// but the text matched with <c>ILIKE '%term%'</c> over the concatenation of the fields the search
/// vector is built from (titles, acronym, the search terms of conditions/interventions/keywords,
/// summary, description), no index able to help; a count and the first page (a naive search has no
/// rank: relevance pages by last update). Web-search syntax is read the simple way: every word or
/// "quoted phrase" must occur, <c>a OR b</c> is either, <c>-word</c> must not occur. Substrings match
/// inside words and nothing is stemmed, so for a single unstemmed word its matches are a superset of the
/// full-text search's, and "stem cells" misses "stem cell" where full-text search finds it.
/// </summary>
internal static partial class NaiveSearch
{
    public static async Task<(int Total, List<int> FirstPage)> RunAsync(RegistryDbContext db, TrialSearchQuery query, int pageSize = 20)
    {
        var matching = Filter(db, query);
        var total = await matching.CountAsync();
        var sort = query.EffectiveSort == TrialSort.Relevance ? TrialSort.LastUpdate : query.EffectiveSort;
        var ordered = sort switch
        {
            TrialSort.Enrollment => matching.OrderByDescending(t => EF.Property<int>(t, TrialConfiguration.SortEnrollment)),
            TrialSort.StartDate => matching.OrderByDescending(t => EF.Property<DateOnly>(t, TrialConfiguration.SortStart)),
            _ => matching.OrderByDescending(t => EF.Property<DateOnly>(t, TrialConfiguration.SortLastUpdate)),
        };
        var page = await ordered.ThenByDescending(t => t.Id).Take(pageSize).Select(t => t.Id).ToListAsync();
        return (total, page);
    }

    /// <summary>All ids the naive search matches (for the smoke test's comparison).</summary>
    public static Task<List<int>> IdsAsync(RegistryDbContext db, TrialSearchQuery query) => Filter(db, query).Select(t => t.Id).ToListAsync();

    public static IQueryable<Trial> Filter(RegistryDbContext db, TrialSearchQuery query)
    {
        var trials = db.Trials.AsNoTracking();
        if (query.HasText)
        {
            var (required, excluded) = Parse(query.Text!);
            foreach (var alternatives in required)
            {
                var patterns = alternatives.Select(Pattern).ToArray();
                trials = trials.Where(t => patterns.Any(p => EF.Functions.ILike(
                    t.BriefTitle + " " + (t.OfficialTitle ?? "") + " " + (t.Acronym ?? "") + " " + t.SearchTerms + " " + (t.BriefSummary ?? "") + " " + (t.DetailedDescription ?? ""), p)));
            }

            foreach (var word in excluded)
            {
                var pattern = Pattern(word);
                trials = trials.Where(t => !EF.Functions.ILike(
                    t.BriefTitle + " " + (t.OfficialTitle ?? "") + " " + (t.Acronym ?? "") + " " + t.SearchTerms + " " + (t.BriefSummary ?? "") + " " + (t.DetailedDescription ?? ""), pattern));
            }
        }

        // The facet filters, as SearchTrials.Filter writes them.
        if (query.Statuses.Count > 0)
        {
            var statuses = query.Statuses.ToList();
            trials = trials.Where(t => statuses.Contains(t.OverallStatus));
        }

        if (query.Phases.Count > 0)
        {
            var phases = query.Phases.ToList();
            trials = trials.Where(t => t.Phases.Any(p => phases.Contains(p)));
        }

        if (query.StudyTypes.Count > 0)
        {
            var types = query.StudyTypes.ToList();
            trials = trials.Where(t => types.Contains(t.StudyType));
        }

        if (query.ConditionIds.Count > 0)
        {
            var ids = query.ConditionIds.ToList();
            trials = trials.Where(t => t.Conditions.Any(c => ids.Contains(c.ConditionId)));
        }

        if (query.InterventionTypes.Count > 0)
        {
            var types = query.InterventionTypes.ToList();
            trials = trials.Where(t => t.InterventionTypes.Any(i => types.Contains(i)));
        }

        if (query.ProductIds.Count > 0)
        {
            var ids = query.ProductIds.ToList();
            trials = trials.Where(t => t.Interventions.Any(i => i.ProductId != null && ids.Contains(i.ProductId.Value)));
        }

        if (query.SponsorIds.Count > 0)
        {
            var ids = query.SponsorIds.ToList();
            trials = trials.Where(t => ids.Contains(t.LeadSponsorId));
        }

        if (query.SponsorClasses.Count > 0)
        {
            var classes = query.SponsorClasses.ToList();
            trials = trials.Where(t => classes.Contains(t.LeadSponsor.Class));
        }

        if (query.Countries.Count > 0)
        {
            var countries = query.Countries.ToList();
            trials = trials.Where(t => t.Countries.Any(c => countries.Contains(c)));
        }

        if (query.HasResults is { } hasResults)
        {
            trials = trials.Where(t => t.HasResults == hasResults);
        }

        if (query.StartYearFrom is { } from)
        {
            trials = trials.Where(t => EF.Property<int?>(t, TrialConfiguration.StartYear) >= from);
        }

        if (query.StartYearTo is { } to)
        {
            trials = trials.Where(t => EF.Property<int?>(t, TrialConfiguration.StartYear) <= to);
        }

        return trials;
    }

    /// <summary>Required groups (each a list of alternatives joined by OR) and excluded words.</summary>
    public static (List<List<string>> Required, List<string> Excluded) Parse(string text)
    {
        var required = new List<List<string>>();
        var excluded = new List<string>();
        var orNext = false;
        foreach (Match token in Tokens().Matches(text))
        {
            var value = token.Groups["phrase"].Success ? token.Groups["phrase"].Value : token.Groups["word"].Value;
            if (!token.Groups["phrase"].Success && value == "OR")
            {
                orNext = required.Count > 0;
                continue;
            }

            if (token.Groups["minus"].Success)
            {
                excluded.Add(value);
            }
            else if (orNext)
            {
                required[^1].Add(value);
            }
            else
            {
                required.Add([value]);
            }

            orNext = false;
        }

        return (required, excluded);
    }

    private static string Pattern(string term) => "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    [GeneratedRegex("(?<minus>-)?(?:\"(?<phrase>[^\"]*)\"|(?<word>[^\\s\"]+))")]
    private static partial Regex Tokens();
}
