using System.Text.Json;
using TrialRegistry.Import;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Tests.Import.Sources;

internal static class FormatReading
{
    public static readonly DateTimeOffset ImportedAt = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The v2 JSON fixtures (real CT.gov records) in a fixed order.</summary>
    public static readonly string[] V2Studies = ["NCT00763412", "NCT03453554", "NCT04207047", "NCT06171568"];

    public static ImportContext NewContext() => new(new EntityResolver(), ImportedAt);

    public static async Task<List<ImportItem>> ReadAllAsync(IImportFormat format, byte[] content, string fileName)
    {
        using var stream = new MemoryStream(content);
        return await ReadAllAsync(format, stream, fileName);
    }

    public static async Task<List<ImportItem>> ReadAllAsync(IImportFormat format, Stream stream, string fileName)
    {
        var items = new List<ImportItem>();
        await foreach (var item in format.ReadAsync(stream, fileName, NewContext(), CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    public static byte[] V2File(string nctId) => File.ReadAllBytes(FixtureFiles.PathOf($"ctgov/v2-json/{nctId}.json"));

    public static byte[] LegacyFile(string nctId) => File.ReadAllBytes(FixtureFiles.PathOf($"ctgov/legacy-xml/{nctId}.xml"));

    /// <summary>A study on one line, as NDJSON has it.</summary>
    public static string Compact(string nctId)
    {
        using var document = JsonDocument.Parse(V2File(nctId));
        return JsonSerializer.Serialize(document.RootElement);
    }
}
