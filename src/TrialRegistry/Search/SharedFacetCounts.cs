using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Conditions;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Search;

/// <summary>
/// The total and the counts of every facet whose filter is off, in one statement: the match set is
/// computed once (a MATERIALIZED CTE holding only the facet columns) and each facet is a GROUP BY over
/// it. The match set's SQL is the one EF Core generates from <see cref="SearchTrials.Filter"/>, so the
/// filters are written once. A facet whose filter is on cannot use this set (its counts ignore its own
/// filter) and keeps its own statement. See docs/decisions/0008-search.md, fix 3.
/// </summary>
internal static class SharedFacetCounts
{
    public const int Top = 15;

    /// <summary>Facet name used in the statement's first column.</summary>
    public static class Names
    {
        public const string Total = "total";
    }

    public sealed record Row(string Facet, string? Key, string? Label, int Count);

    public static async Task<ILookup<string, Row>> CountAsync(
        RegistryDbContext db, TrialSearchQuery query, IReadOnlySet<SearchFacet> activeFacets, CancellationToken cancellationToken)
    {
        var matchSet = SearchTrials.Filter(db, query, except: null).Select(t => new
        {
            t.Id,
            t.OverallStatus,
            t.Phases,
            t.StudyType,
            t.InterventionTypes,
            t.LeadSponsorId,
            SponsorClass = t.LeadSponsor.Class,
            t.Countries,
            t.HasResults,
            StartYear = EF.Property<int?>(t, TrialConfiguration.StartYear),
        });

        await using var command = matchSet.CreateDbCommand();
        var parts = new List<string> { $"SELECT '{Names.Total}', NULL::text, NULL::text, count(*) FROM m" };
        foreach (var facet in Enum.GetValues<SearchFacet>().Where(f => !activeFacets.Contains(f)))
        {
            parts.Add(Statement(db, facet));
        }

        // The CTE's column list names the projection's columns by position, whatever aliases EF chose.
        var sql =
            "WITH m (id, overall_status, phases, study_type, intervention_types, lead_sponsor_id, sponsor_class, countries, has_results, start_year) AS MATERIALIZED (\n"
            + command.CommandText
            + "\n)\nSELECT facet, key, label, n::int AS count FROM (\n"
            + string.Join("\nUNION ALL\n", parts)
            + "\n) AS counts (facet, key, label, n)";

        // The match set's parameters move to the whole statement, which then runs through EF Core's
        // own pipeline (logging, interceptors: the benchmark's bare-SQL capture) like every other.
        var parameters = command.Parameters.Cast<DbParameter>().ToArray();
        command.Parameters.Clear();
        var rows = await db.Database.SqlQueryRaw<Row>(sql, parameters).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Facet, StringComparer.Ordinal);
    }

    private static string Statement(RegistryDbContext db, SearchFacet facet)
    {
        var name = $"'{facet}'";
        return facet switch
        {
            SearchFacet.Status => $"SELECT {name}, overall_status, NULL, count(*) FROM m GROUP BY overall_status",
            SearchFacet.Phase => $"SELECT {name}, p, NULL, count(*) FROM m, unnest(m.phases) p GROUP BY p",
            SearchFacet.StudyType => $"SELECT {name}, study_type, NULL, count(*) FROM m GROUP BY study_type",
            SearchFacet.InterventionType => $"SELECT {name}, i, NULL, count(*) FROM m, unnest(m.intervention_types) i GROUP BY i",
            SearchFacet.SponsorClass => $"SELECT {name}, sponsor_class, NULL, count(*) FROM m GROUP BY sponsor_class",
            SearchFacet.HasResults => $"SELECT {name}, has_results::text, NULL, count(*) FROM m GROUP BY has_results",
            SearchFacet.StartYear => $"SELECT {name}, start_year::text, NULL, count(*) FROM m WHERE start_year IS NOT NULL GROUP BY start_year",
            SearchFacet.Country =>
                $"(SELECT {name}, c, c, count(*) FROM m, unnest(m.countries) c GROUP BY c ORDER BY count(*) DESC, c LIMIT {Top})",
            SearchFacet.Sponsor => TopWithNames(name, "SELECT lead_sponsor_id AS id, count(*) AS n FROM m GROUP BY lead_sponsor_id", Table<Organization>(db)),
            SearchFacet.Condition => TopWithNames(
                name,
                $"SELECT tc.condition_id AS id, count(*) AS n FROM m JOIN {Table<TrialCondition>(db)} tc ON tc.trial_id = m.id GROUP BY tc.condition_id",
                Table<Condition>(db)),

            // A trial counts once per product, however many of its interventions are that product.
            SearchFacet.Product => TopWithNames(
                name,
                $"SELECT i.product_id AS id, count(DISTINCT i.trial_id) AS n FROM m JOIN {Table<Intervention>(db)} i ON i.trial_id = m.id WHERE i.product_id IS NOT NULL GROUP BY i.product_id",
                Table<Product>(db)),
            _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "A facet without a shared statement."),
        };
    }

    private static string TopWithNames(string name, string counts, string namesTable)
        => $"SELECT {name}, x.id::text, n.name, x.n FROM ({counts} ORDER BY n DESC, id LIMIT {Top}) x JOIN {namesTable} n ON n.id = x.id";

    private static string Table<TEntity>(RegistryDbContext db)
        => "\"" + (db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.")) + "\"";
}
