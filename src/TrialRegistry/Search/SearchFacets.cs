using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search;

/// <summary>
/// Facet counts of a search. Each facet counts trials matching every active filter except its own,
/// so the numbers next to a facet's values say what choosing (or adding) that value gives. Enum
/// facets list every value that occurs; id facets (conditions, products, sponsors) and countries
/// list the most frequent values plus the selected ones.
/// </summary>
internal static class SearchFacets
{
    private const int Top = 15;

    public static async Task<TrialFacets> CountAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        // One connection, so one query at a time; each is a GROUP BY over the matching rows.
        return new TrialFacets(
            Statuses: Enums(await Base(db, query, SearchFacet.Status)
                .GroupBy(t => t.OverallStatus).Select(g => new ValueCount<OverallStatus>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Phases: Enums(await Base(db, query, SearchFacet.Phase)
                .SelectMany(t => t.Phases).GroupBy(p => p).Select(g => new ValueCount<Phase>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            StudyTypes: Enums(await Base(db, query, SearchFacet.StudyType)
                .GroupBy(t => t.StudyType).Select(g => new ValueCount<StudyType>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Conditions: await ConditionsAsync(db, query, cancellationToken),
            InterventionTypes: Enums(await Base(db, query, SearchFacet.InterventionType)
                .SelectMany(t => t.InterventionTypes).GroupBy(i => i).Select(g => new ValueCount<InterventionType>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Products: await ProductsAsync(db, query, cancellationToken),
            Sponsors: await SponsorsAsync(db, query, cancellationToken),
            SponsorClasses: Enums(await Base(db, query, SearchFacet.SponsorClass)
                .GroupBy(t => t.LeadSponsor.Class).Select(g => new ValueCount<Organizations.OrganizationClass>(g.Key, g.Count())).ToListAsync(cancellationToken)),
            Countries: await CountriesAsync(db, query, cancellationToken),
            HasResults: (await Base(db, query, SearchFacet.HasResults)
                    .GroupBy(t => t.HasResults).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                .OrderByDescending(g => g.Key)
                .Select(g => new FacetCount(g.Key ? "true" : "false", g.Key ? "With results" : "Without results", g.Count))
                .ToList(),
            StartYears: (await Base(db, query, SearchFacet.StartYear)
                    .Where(t => EF.Property<int?>(t, TrialConfiguration.StartYear) != null)
                    .GroupBy(t => EF.Property<int?>(t, TrialConfiguration.StartYear))
                    .Select(g => new { Year = g.Key!.Value, Count = g.Count() })
                    .ToListAsync(cancellationToken))
                .OrderBy(g => g.Year)
                .Select(g => new FacetCount(g.Year.ToString(CultureInfo.InvariantCulture), g.Year.ToString(CultureInfo.InvariantCulture), g.Count))
                .ToList());
    }

    private static IQueryable<Trial> Base(RegistryDbContext db, TrialSearchQuery query, SearchFacet facet)
        => SearchTrials.Filter(db, query, except: facet);

    private static List<FacetCount> Enums<TEnum>(List<ValueCount<TEnum>> counts)
        where TEnum : struct, Enum
        => counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value)
            .Select(c => new FacetCount(CtGovNames.ToCtGov(c.Value), CtGovNames.ToCtGov(c.Value), c.Count))
            .ToList();

    private static async Task<IReadOnlyList<FacetCount>> ConditionsAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Condition);
        var selected = query.ConditionIds.ToList();
        var counts = await matching.SelectMany(t => t.Conditions)
            .GroupBy(c => c.ConditionId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = selected.Except(counts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await matching.SelectMany(t => t.Conditions).Where(c => missing.Contains(c.ConditionId))
                .GroupBy(c => c.ConditionId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Conditions.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return counts.Select(c => new FacetCount(c.Id.ToString(CultureInfo.InvariantCulture), names[c.Id], c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetCount>> ProductsAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Product);

        // A trial counts once per product, however many of its interventions are that product.
        var pairs = matching.SelectMany(t => t.Interventions)
            .Where(i => i.ProductId != null)
            .Select(i => new { i.TrialId, ProductId = i.ProductId!.Value })
            .Distinct();
        var counts = await pairs.GroupBy(p => p.ProductId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = query.ProductIds.Except(counts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await pairs.Where(p => missing.Contains(p.ProductId))
                .GroupBy(p => p.ProductId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return counts.Select(c => new FacetCount(c.Id.ToString(CultureInfo.InvariantCulture), names[c.Id], c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetCount>> SponsorsAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Sponsor);
        var counts = await matching.GroupBy(t => t.LeadSponsorId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = query.SponsorIds.Except(counts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await matching.Where(t => missing.Contains(t.LeadSponsorId))
                .GroupBy(t => t.LeadSponsorId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return counts.Select(c => new FacetCount(c.Id.ToString(CultureInfo.InvariantCulture), names[c.Id], c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetCount>> CountriesAsync(RegistryDbContext db, TrialSearchQuery query, CancellationToken cancellationToken)
    {
        var matching = Base(db, query, SearchFacet.Country);
        var counts = await matching.SelectMany(t => t.Countries)
            .GroupBy(c => c)
            .Select(g => new { Country = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Country)
            .Take(Top)
            .ToListAsync(cancellationToken);
        var missing = query.Countries.Except(counts.Select(c => c.Country)).ToList();
        if (missing.Count > 0)
        {
            counts.AddRange(await matching.SelectMany(t => t.Countries).Where(c => missing.Contains(c))
                .GroupBy(c => c).Select(g => new { Country = g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        }

        return counts.Select(c => new FacetCount(c.Country, c.Country, c.Count)).ToList();
    }

    private sealed record ValueCount<TEnum>(TEnum Value, int Count);
}
