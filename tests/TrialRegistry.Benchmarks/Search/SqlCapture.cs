using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrialRegistry.Data;
using TrialRegistry.Search;

namespace TrialRegistry.Benchmarks.Search;

/// <summary>
/// Captures the SQL statements EF Core sends for one search (a command interceptor) and writes them
/// as a plain SQL script, parameters inlined as literals, so the same plan can be run bare through
/// pgbench/psql.
/// </summary>
internal sealed partial class SqlCapture : DbCommandInterceptor
{
    private readonly List<string> statements = [];

    public static async Task<string> ScriptAsync(string connectionString, TrialSearchQuery query, TrialRegistry.Search.Facets.FacetIndex? index)
    {
        var capture = new SqlCapture();
        var builder = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(builder, connectionString);
        builder.AddInterceptors(capture);
        await using var db = new RegistryDbContext(builder.Options);
        await SearchTrials.RunAsync(db, query, index);
        return string.Join("\n", capture.statements.Select(s => s.TrimEnd().TrimEnd(';') + ";"));
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        statements.Add(Inline(command));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        statements.Add(Inline(command));
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>The command's text with every @parameter replaced by its value as an SQL literal (longest names first).</summary>
    public static string Inline(DbCommand command)
    {
        var values = command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName.TrimStart('@'), Literal, StringComparer.Ordinal);
        var text = Parameter().Replace(command.CommandText, m => values.TryGetValue(m.Groups[1].Value, out var literal) ? literal : m.Value);

        // One statement a line: pgbench reads a script's commands up to each semicolon.
        return Regex.Replace(text, @"\s*\n\s*", " ");
    }

    private static string Literal(DbParameter parameter) => Literal(parameter.Value);

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "TRUE" : "FALSE",
        DateOnly d => "DATE '" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        DateTime t => "TIMESTAMP '" + t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "'",
        DateTimeOffset t => "TIMESTAMPTZ '" + t.ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture) + "'",
        Enum e => "'" + e + "'",
        IFormattable f and not IEnumerable => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => Array(list),
        _ => "'" + value.ToString()!.Replace("'", "''", StringComparison.Ordinal) + "'",
    };

    private static string Array(IEnumerable list)
    {
        var items = list.Cast<object?>().ToList();
        var type = list.GetType().IsArray ? list.GetType().GetElementType() : list.GetType().GetGenericArguments().FirstOrDefault();
        var sqlType = type == typeof(int) ? "integer[]" : type == typeof(long) ? "bigint[]" : type == typeof(short) ? "smallint[]" : "text[]";
        var text = new StringBuilder("ARRAY[");
        text.AppendJoin(", ", items.Select(Literal));
        return text.Append("]::").Append(sqlType).ToString();
    }

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
