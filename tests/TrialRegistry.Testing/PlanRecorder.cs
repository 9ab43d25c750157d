using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace TrialRegistry.Testing;

/// <summary>
/// Records the query plan of every statement EF Core sends (EXPLAIN of the very SQL and parameters,
/// on the same connection, just before it runs), so a test can assert which indexes a query uses.
/// Plans are made with enable_seqscan off, as on a table big enough to prefer an index: a plan that
/// still reads a table whole then shows that no index can serve the query (the statement itself
/// runs with the normal settings).
/// </summary>
public sealed class PlanRecorder : DbCommandInterceptor
{
    public List<(string Sql, string Plan)> Plans { get; } = [];

    public string AllPlans => string.Join("\n\n", Plans.Select(p => p.Sql + "\n" + p.Plan));

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "SET enable_seqscan = off; EXPLAIN " + command.CommandText + "; RESET enable_seqscan";
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }
        }

        Plans.Add((command.CommandText, string.Join('\n', lines)));
        return result;
    }
}
