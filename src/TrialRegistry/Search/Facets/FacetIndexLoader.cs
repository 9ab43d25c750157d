using Npgsql;
using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search.Facets;

/// <summary>Reads trials' facet values from PostgreSQL: all of them (to build an index) or some (to patch one).</summary>
public static class FacetIndexLoader
{
    private const string Columns = """
        t.id, t.overall_status, t.study_type, t.phases, t.intervention_types, t.lead_sponsor_id, o.class,
        t.countries, t.has_results, t.start_year, t.sort_last_update, t.sort_start, t.sort_enrollment, s.head::text
        """;

    /// <summary>Every trial, in one REPEATABLE READ snapshot (the three lists are read from the same state).</summary>
    public static async Task<FacetIndex> LoadAllAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        FacetIndex index;
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

        // Its size first, so the index allocates once: the planner's row estimate (free; an index
        // grows past it if need be) and the largest id (one step down the primary key).
        await using (var size = new NpgsqlCommand(
            "SELECT greatest(reltuples, 0)::int, (SELECT coalesce(max(id), 0) FROM trials) FROM pg_class WHERE oid = 'trials'::regclass", connection, transaction))
        await using (var reader = await size.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            var (count, maxId) = (reader.GetInt32(0), reader.GetInt32(1));
            index = new FacetIndex(count + (count / 32) + 1024, maxId + (maxId / 32) + 1024);
        }

        // Hash joins of the grouped lists: one pass over each table, not a lookup per trial.
        var sql = $"""
            SELECT {Columns}, c.ids, p.ids
            FROM trials t
            JOIN organizations o ON o.id = t.lead_sponsor_id
            LEFT JOIN trial_search_text s ON s.trial_id = t.id
            LEFT JOIN (SELECT trial_id, array_agg(condition_id) AS ids FROM trial_condition GROUP BY trial_id) c ON c.trial_id = t.id
            LEFT JOIN (SELECT trial_id, array_agg(DISTINCT product_id) AS ids FROM interventions WHERE product_id IS NOT NULL GROUP BY trial_id) p
                ON p.trial_id = t.id
            ORDER BY t.id
            """;
        await foreach (var row in ReadAsync(connection, transaction, sql, [], cancellationToken))
        {
            index.Put(row);
        }

        await transaction.CommitAsync(cancellationToken);
        index.TrimExcess();
        return index;
    }

    /// <summary>The current rows of these trials and of the trials these organizations lead; trials not found are gone.</summary>
    public static async Task<(List<FacetRow> Rows, List<int> Removed)> LoadSomeAsync(
        NpgsqlConnection connection, IReadOnlyCollection<int> trialIds, IReadOnlyCollection<int> sponsorIds, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT {Columns},
                ARRAY(SELECT tc.condition_id FROM trial_condition tc WHERE tc.trial_id = t.id),
                ARRAY(SELECT DISTINCT i.product_id FROM interventions i WHERE i.trial_id = t.id AND i.product_id IS NOT NULL)
            FROM trials t
            JOIN organizations o ON o.id = t.lead_sponsor_id
            LEFT JOIN trial_search_text s ON s.trial_id = t.id
            WHERE t.id = ANY($1) OR t.lead_sponsor_id = ANY($2)
            """;
        var rows = new List<FacetRow>();
        await foreach (var row in ReadAsync(connection, null, sql, [trialIds.ToArray(), sponsorIds.ToArray()], cancellationToken))
        {
            rows.Add(row);
        }

        var found = rows.Select(r => r.TrialId).ToHashSet();
        return (rows, trialIds.Where(id => !found.Contains(id)).ToList());
    }

    private static async IAsyncEnumerable<FacetRow> ReadAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        string sql,
        object[] parameters,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var statuses = new EnumNames<OverallStatus>();
        var studyTypes = new EnumNames<StudyType>();
        var classes = new EnumNames<OrganizationClass>();
        var phases = new EnumNames<Phase>();
        var interventionTypes = new EnumNames<InterventionType>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new FacetRow(
                TrialId: reader.GetInt32(0),
                Status: statuses.Parse(reader.GetString(1)),
                StudyType: studyTypes.Parse(reader.GetString(2)),
                Phases: phases.ParseAll(reader.GetFieldValue<string[]>(3)),
                InterventionTypes: interventionTypes.ParseAll(reader.GetFieldValue<string[]>(4)),
                SponsorId: reader.GetInt32(5),
                SponsorClass: classes.Parse(reader.GetString(6)),
                Countries: reader.GetFieldValue<string[]>(7),
                HasResults: reader.GetBoolean(8),
                StartYear: reader.IsDBNull(9) ? null : reader.GetInt32(9),
                ConditionIds: reader.IsDBNull(14) ? [] : reader.GetFieldValue<int[]>(14),
                ProductIds: reader.IsDBNull(15) ? [] : reader.GetFieldValue<int[]>(15))
            {
                Keys = new SortKeys(
                    reader.GetFieldValue<DateOnly>(10).DayNumber,
                    reader.GetFieldValue<DateOnly>(11).DayNumber,
                    reader.GetInt32(12)),
                Head = reader.IsDBNull(13) ? [] : Ranking.HeadWords.SlotsOf(reader.GetString(13)),
            };
        }
    }

    /// <summary>Parses the CT.gov spellings the database stores, each distinct string once.</summary>
    private sealed class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<string, TEnum> parsed = new(StringComparer.Ordinal);

        public TEnum Parse(string value)
        {
            if (!parsed.TryGetValue(value, out var result))
            {
                result = CtGovNames.Parse<TEnum>(value);
                parsed[value] = result;
            }

            return result;
        }

        public TEnum[] ParseAll(string[] values) => values.Length == 0 ? [] : Array.ConvertAll(values, Parse);
    }
}
