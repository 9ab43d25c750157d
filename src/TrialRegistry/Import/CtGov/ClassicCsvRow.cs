using System.Globalization;
using CsvHelper;

namespace TrialRegistry.Import.CtGov;

/// <summary>One data row of a classic ClinicalTrials.gov CSV download, with its columns in file order.</summary>
public sealed class ClassicCsvRow
{
    private readonly Dictionary<string, string> byName;

    public ClassicCsvRow(int rowNumber, IReadOnlyList<KeyValuePair<string, string>> columns, string rawRecord)
    {
        ArgumentNullException.ThrowIfNull(columns);
        RowNumber = rowNumber;
        Columns = columns;
        RawRecord = rawRecord;
        byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in columns)
        {
            byName.TryAdd(name, value);
        }
    }

    /// <summary>1-based number of the record in its file (the header is record 1).</summary>
    public int RowNumber { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Columns { get; }

    /// <summary>The row's text as it stood in the file (what the source hash is taken of).</summary>
    public string RawRecord { get; }

    public string NctId => Get(ClassicCsvColumns.NctNumber) ?? string.Empty;

    /// <summary>The trimmed value of a column; null when the column is absent or empty.</summary>
    public string? Get(string column)
        => byName.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The "|"-separated values of a column, trimmed, without empty ones.</summary>
    public List<string> GetList(string column)
        => Get(column)?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];

    /// <summary>
    /// Reads the rows of a classic CSV download. CT.gov let users choose the columns of a download, so
    /// only the NCT Number and Title columns are required.
    /// </summary>
    /// <exception cref="InvalidDataException">The file has no header or lacks a required column.</exception>
    public static IEnumerable<ClassicCsvRow> ReadAll(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture, leaveOpen: true);
        if (!parser.Read() || parser.Record is not { } header)
        {
            throw new InvalidDataException("The CSV file is empty: it has no header row.");
        }

        var missing = ClassicCsvColumns.Required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"The CSV header lacks the column(s) {string.Join(", ", missing.Select(c => $"'{c}'"))}; is this a ClinicalTrials.gov CSV download?");
        }

        while (parser.Read())
        {
            var record = parser.Record ?? [];
            var columns = header
                .Select((name, i) => new KeyValuePair<string, string>(name, i < record.Length ? record[i] : string.Empty))
                .ToList();
            yield return new ClassicCsvRow(parser.Row, columns, parser.RawRecord.TrimEnd('\r', '\n'));
        }
    }
}
