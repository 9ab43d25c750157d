using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Import;
using TrialRegistry.Organizations;

namespace TrialRegistry.Search;

/// <summary>A trial found by an identifier (<see cref="Hit"/> its row as listed); <see cref="ByRegistryId"/> when the text was its registry id.</summary>
internal sealed record IdentifiedTrial(int Id, string RegistryId, bool ByRegistryId, TrialSearchHit Hit);

/// <summary>
/// How the search box's text was read: as the identifier of <see cref="Identified"/> trials, as the
/// name of the sponsors in <see cref="LedBy"/> (then <see cref="Query"/> filters by them and has no
/// text), or as words (<see cref="Query"/> is the query as given).
/// </summary>
internal sealed record BoxReading(TrialSearchQuery Query, IReadOnlyList<IdentifiedTrial>? Identified, string? Identifier, IReadOnlyList<SponsorMatch> LedBy)
{
    public bool IsWords => Identified is null && LedBy.Count == 0;
}

public static partial class SearchTrials
{
    /// <summary>The result of text that was an identifier: its trials (one is opened, several listed), no facets, no next page.</summary>
    private static async Task<TrialSearchResult> IdentifiedAsync(RegistryDbContext db, BoxReading reading, CancellationToken cancellationToken)
    {
        var hits = await WithConditionsAsync(db, reading.Identified!.Select(t => t.Hit).ToList(), cancellationToken);
        return new TrialSearchResult(hits, hits.Count, null, null, hits.Count == 1 ? hits[0].RegistryId : null) { Identifier = reading.Identifier };
    }

    /// <summary>
    /// Reads the box's text as an identifier (registry id, organization's study id, secondary id: those
    /// trials alone) or as a sponsor's name or alias (the trials it leads, as a sponsor filter), else
    /// as words; <see cref="RunAsync"/> and the exports read it the same way. Quoted text
    /// or an exclusion (<c>"APHP"</c>, <c>-APHP</c>) is always words: that is how to search the words
    /// of a sponsor's name.
    /// </summary>
    internal static async Task<BoxReading> ReadBoxAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var words = new BoxReading(query, null, null, []);
        var text = query.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Contains('"', StringComparison.Ordinal) || text.StartsWith('-'))
        {
            return words;
        }

        // A later page continues the search of the first; an identifier's trials have no later page.
        if (query.After is null && await IdentifierReadingAsync(db, query, text, cancellationToken) is { } identified)
        {
            return identified;
        }

        // A registry's number that no trial has (an unknown NCT id) names no sponsor either: it is words
        // at once, one lookup fewer (the text may still cite it: "extension of NCT01234567").
        if (IsRegistryNumber(Whitespace().Replace(text, " ").ToUpperInvariant()))
        {
            return words;
        }

        // The named sponsor is one more value of the sponsor facet: with others ticked, their trials
        // too (values of one facet are alternatives, and the facet's counts say so).
        var sponsors = await LeadSponsorsNamedAsync(db, text, cancellationToken);
        return sponsors.Count == 0
            ? words
            : new BoxReading(query with { Text = null, SponsorIds = query.SponsorIds.Union(sponsors.Select(s => s.Id)).ToList() }, null, null, sponsors);
    }

    private static async Task<BoxReading?> IdentifierReadingAsync(RegistryDbContext db, TrialSearchQuery query, string text, CancellationToken cancellationToken)
    {
        var key = Whitespace().Replace(text, " ").ToUpperInvariant();
        var found = await FindByIdentifierAsync(db, key, TrialSearchQuery.MaxPageSize, cancellationToken);

        // A value shared by more trials than a page holds ("1", "PILOT") identifies nothing.
        if (found.Count is 0 or > TrialSearchQuery.MaxPageSize)
        {
            return null;
        }

        // A registry's number (its format says so) is an identifier whatever the text search would
        // find. A free-form study id that is also a word in other trials' text ("COVID-19") is words.
        var registryFormat = found.Any(t => t.ByRegistryId) || IsRegistryNumber(key);
        if (!registryFormat)
        {
            var ids = found.Select(t => t.Id).ToList();
            if (await Filter(db, new TrialSearchQuery { Text = text }, except: null).AnyAsync(t => !ids.Contains(t.Id), cancellationToken))
            {
                return null;
            }
        }

        return new BoxReading(query, found, key, []);
    }

    /// <summary>
    /// The organizations whose normalized name or alias is the text normalized the same way
    /// (<see cref="NameNormalizer"/>), and which lead at least one trial: unique btree lookups on
    /// organizations.normalized_name and organization_aliases.normalized_name.
    /// </summary>
    private static async Task<List<SponsorMatch>> LeadSponsorsNamedAsync(RegistryDbContext db, string text, CancellationToken cancellationToken)
    {
        var name = NameNormalizer.Normalize(text);
        if (name.Length == 0)
        {
            return [];
        }

        var named = db.Organizations.Where(o => o.NormalizedName == name).Select(o => o.Id)
            .Union(db.Set<OrganizationAlias>().Where(a => a.NormalizedName == name).Select(a => a.OrganizationId));
        return await db.Organizations.AsNoTracking()
            .Where(o => named.Contains(o.Id) && db.Trials.Any(t => t.LeadSponsorId == o.Id))
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new SponsorMatch(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the key has a registry's number format (NCT, EudraCT, ISRCTN, …), whoever holds it.</summary>
    private static bool IsRegistryNumber(string key) => NctId.IsValid(key) || SecondaryIdClassifier.RecognizeRegistry(key) is not null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
