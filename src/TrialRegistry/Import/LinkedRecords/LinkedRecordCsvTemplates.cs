using System.Globalization;
using System.Text;
using CsvHelper;

namespace TrialRegistry.Import.LinkedRecords;

/// <summary>
/// The registry's own CSV templates, one per kind: the header and one example row that imports as
/// it stands once its product, organizations and trial are registered (the tests import it).
/// </summary>
public static class LinkedRecordCsvTemplates
{
    public const string ExampleProduct = "UC-MSC";
    public const string ExampleOrganization = "Assistance Publique - Hôpitaux de Paris";
    public const string ExamplePartner = "University College London";
    public const string ExampleTrial = "NCT03562065";

    /// <summary>UTF-8 with a byte order mark, so that spreadsheet programs read "Hôpitaux" right.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string FileName(LinkedRecordCsvKind kind) => $"{kind.Slug()}-template.csv";

    /// <summary>The template's text (no byte order mark; <see cref="Bytes"/> adds it).</summary>
    public static string Text(LinkedRecordCsvKind kind)
    {
        var columns = LinkedRecordCsvColumns.For(kind);
        var example = ImportLinkedRecords.Example(kind);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var column in columns)
            {
                csv.WriteField(example[column]);
            }

            csv.NextRecord();
        }

        return writer.ToString();
    }

    public static byte[] Bytes(LinkedRecordCsvKind kind) => [.. Encoding.GetPreamble(), .. Encoding.GetBytes(Text(kind))];
}
