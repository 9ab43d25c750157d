namespace TrialRegistry.Import.LinkedRecords;

/// <summary>One data row of a linked-record CSV: its values by column name (the header's, case-insensitive).</summary>
public sealed class LinkedRecordCsvRow
{
    private readonly Dictionary<string, string> values;

    public LinkedRecordCsvRow(int rowNumber, Dictionary<string, string> values)
    {
        RowNumber = rowNumber;
        this.values = values;
    }

    /// <summary>The row's number in the file as a spreadsheet shows it: the header is row 1, the first record row 2.</summary>
    public int RowNumber { get; }

    /// <summary>The trimmed value; null when empty.</summary>
    public string? Get(string column)
        => values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The '|'-separated values, trimmed, without empty ones.</summary>
    public List<string> GetList(string column)
        => Get(column)?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
}

/// <summary>The file's header is not the template's: nothing is read, the message names the columns.</summary>
public sealed class LinkedRecordCsvHeaderException(string message) : Exception(message);
