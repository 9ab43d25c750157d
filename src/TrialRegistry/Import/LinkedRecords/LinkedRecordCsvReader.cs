using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;

namespace TrialRegistry.Import.LinkedRecords;

/// <summary>
/// Streams the rows of a linked-record CSV (one row in memory at a time) after checking its header
/// against the kind's template: every template column present once, no other column, in any order.
/// </summary>
public static class LinkedRecordCsvReader
{
    /// <exception cref="LinkedRecordCsvHeaderException">The file is empty or its header is not the template's.</exception>
    /// <exception cref="CsvHelperException">The CSV is malformed (e.g. an unclosed quote).</exception>
    public static async IAsyncEnumerable<LinkedRecordCsvRow> ReadAsync(
        TextReader reader, LinkedRecordCsvKind kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false };
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        if (!await parser.ReadAsync() || parser.Record is not { } record)
        {
            throw new LinkedRecordCsvHeaderException($"The file is empty: it has no header row. Start from the {kind.Words()} template.");
        }

        var header = record.Select(name => name.Trim().TrimStart('\uFEFF').Trim()).ToArray();
        var columns = CheckHeader(header, kind);
        while (await parser.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                // Spreadsheets save trailing empty rows as ",,,,": they are not records.
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Length; i++)
            {
                values[columns[i]] = i < fields.Length ? fields[i] : string.Empty;
            }

            if (fields.Length > columns.Length && fields.Skip(columns.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                values[ExtraValues] = $"{fields.Length} values; the header has {columns.Length} columns";
            }

            yield return new LinkedRecordCsvRow(parser.Row, values);
        }
    }

    /// <summary>A pseudo column a row with more values than the header carries, so the importer reports it.</summary>
    internal const string ExtraValues = "\u0001extra";

    /// <summary>The header's columns spelled as the template spells them.</summary>
    private static string[] CheckHeader(string[] header, LinkedRecordCsvKind kind)
    {
        var expected = LinkedRecordCsvColumns.For(kind);
        var unknown = header.Where(h => !expected.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        var missing = expected.Where(e => !header.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
        var repeated = header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || repeated.Count > 0)
        {
            var parts = new List<string>();
            if (unknown.Count > 0)
            {
                parts.Add($"unknown column(s) {Quoted(unknown.Select(u => u.Length == 0 ? "(empty)" : u))}");
            }

            if (missing.Count > 0)
            {
                parts.Add($"missing column(s) {Quoted(missing)}");
            }

            if (repeated.Count > 0)
            {
                parts.Add($"repeated column(s) {Quoted(repeated)}");
            }

            throw new LinkedRecordCsvHeaderException(
                $"The header is not the {kind.Words()} template's: {string.Join("; ", parts)}. The columns are: {Quoted(expected)}.");
        }

        return header.Select(h => expected.First(e => string.Equals(e, h, StringComparison.OrdinalIgnoreCase))).ToArray();
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"“{n}”"));
}
