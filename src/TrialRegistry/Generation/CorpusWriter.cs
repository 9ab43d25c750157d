using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using TrialRegistry.Import.LinkedRecords;

namespace TrialRegistry.Generation;

/// <summary>The files of a generated corpus, as <see cref="CorpusWriter"/> names them in its directory.</summary>
public static class CorpusFiles
{
    /// <summary>The studies, one CT.gov v2 JSON object a line (the bytes of <see cref="StudyGenerator.WriteNdjson"/>).</summary>
    public const string Studies = "studies.ndjson";

    /// <summary>The products (<see cref="GeneratedProduct"/>, camelCase JSON): to register before importing the studies.</summary>
    public const string Products = "products.json";

    /// <summary>A kind's linked records, in the columns of the registry's template: "clinical-results.csv".</summary>
    public static string LinkedRecords(LinkedRecordCsvKind kind) => $"{kind.Slug()}.csv";

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>
/// Writes a whole generated corpus into a directory in one streaming pass: the studies as NDJSON, the
/// products, and their linked records as the registry's own CSV templates (clinical results,
/// translational medicine, patents, deals), which import with <see cref="ImportLinkedRecords"/> once
/// the products are registered and the studies imported. Deterministic for a seed and count.
/// </summary>
public static class CorpusWriter
{
    public sealed record Written(int Studies, int Products, IReadOnlyDictionary<LinkedRecordCsvKind, int> LinkedRecords, long StudyBytes);

    public static Written Write(string directory, int count, int seed = StudyGenerator.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var generator = new StudyGenerator(seed);
        var linked = new LinkedRecordGenerator(seed, generator.Products);
        var studiesPath = Path.Combine(directory, CorpusFiles.Studies);
        using (var file = new FileStream(studiesPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            StudyGenerator.WriteNdjson(file, generator.Generate(count), linked.Observe);
        }

        linked.Generate();
        File.WriteAllText(Path.Combine(directory, CorpusFiles.Products), JsonSerializer.Serialize(generator.Products, CorpusFiles.JsonOptions));
        foreach (var (kind, rows) in linked.Rows)
        {
            WriteCsv(Path.Combine(directory, CorpusFiles.LinkedRecords(kind)), kind, rows);
        }

        return new Written(count, generator.Products.Count, linked.Rows.ToDictionary(r => r.Key, r => r.Value.Count), new FileInfo(studiesPath).Length);
    }

    private static void WriteCsv(string path, LinkedRecordCsvKind kind, List<Dictionary<string, string>> rows)
    {
        var columns = LinkedRecordCsvColumns.For(kind);
        using var writer = new StreamWriter(path, append: false, LinkedRecordCsvTemplates.Encoding);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                csv.WriteField(row[column]);
            }

            csv.NextRecord();
        }
    }
}
