using System.Text.Json;
using TrialRegistry.Generation;
using TrialRegistry.Import.LinkedRecords;

namespace TrialRegistry.Tests.Benchmarks;

/// <summary>The generated corpus of `make bench`: the same files for the same seed, and linked records that only name what the corpus registers.</summary>
public sealed class CorpusWriterTests : IDisposable
{
    private readonly string first = Directory.CreateTempSubdirectory("trialregistry-corpus-").FullName;
    private readonly string second = Directory.CreateTempSubdirectory("trialregistry-corpus-").FullName;

    public void Dispose()
    {
        Directory.Delete(first, recursive: true);
        Directory.Delete(second, recursive: true);
    }

    [Fact]
    public void The_same_seed_writes_the_same_files_and_the_studies_are_the_generators()
    {
        CorpusWriter.Write(first, 1500, seed: 7);
        CorpusWriter.Write(second, 1500, seed: 7);
        foreach (var file in Directory.GetFiles(first).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file!)), File.ReadAllBytes(Path.Combine(second, file!)));
        }

        using var ndjson = new MemoryStream();
        StudyGenerator.WriteNdjson(ndjson, 1500, seed: 7);
        Assert.Equal(ndjson.ToArray(), File.ReadAllBytes(Path.Combine(first, CorpusFiles.Studies)));
    }

    [Fact]
    public void Linked_records_name_generated_products_and_trials_and_keep_patent_numbers_and_dois_unique()
    {
        var written = CorpusWriter.Write(first, 3000);
        var products = JsonSerializer.Deserialize<List<GeneratedProduct>>(File.ReadAllText(Path.Combine(first, CorpusFiles.Products)), CorpusFiles.JsonOptions)!;
        Assert.Equal(written.Products, products.Count);
        Assert.Equal(products.Count, products.Select(p => p.Name.ToUpperInvariant()).Distinct().Count());
        var productNames = products.Select(p => p.Name).ToHashSet();
        var trialIds = File.ReadLines(Path.Combine(first, CorpusFiles.Studies))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("protocolSection").GetProperty("identificationModule").GetProperty("nctId").GetString()!)
            .ToHashSet();

        foreach (var kind in Enum.GetValues<LinkedRecordCsvKind>())
        {
            var rows = ReadCsv(Path.Combine(first, CorpusFiles.LinkedRecords(kind)));
            Assert.Equal(LinkedRecordCsvColumns.For(kind), rows[0]);
            var header = rows[0].ToList();
            var records = rows.Skip(1).ToList();
            Assert.Equal(written.LinkedRecords[kind], records.Count);
            Assert.NotEmpty(records);
            Assert.All(records, row => Assert.Contains(row[header.IndexOf(LinkedRecordCsvColumns.Products)], productNames));
            Assert.All(records.SelectMany(row => row[header.IndexOf(LinkedRecordCsvColumns.Trials)].Split('|', StringSplitOptions.RemoveEmptyEntries)), id => Assert.Contains(id, trialIds));
            var key = kind == LinkedRecordCsvKind.Patents ? LinkedRecordCsvColumns.PublicationNumber : kind == LinkedRecordCsvKind.Deals ? LinkedRecordCsvColumns.Title : LinkedRecordCsvColumns.Doi;
            Assert.Equal(records.Count, records.Select(row => row[header.IndexOf(key)]).Distinct().Count());
        }
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvParser(reader, System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!.Select(v => v.TrimStart('\uFEFF')).ToArray());
        }

        return rows;
    }
}
