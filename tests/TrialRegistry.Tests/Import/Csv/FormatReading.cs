using System.Text;
using TrialRegistry.Import;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Tests.Import.Csv;

/// <summary>Runs an import format over a fixture or a string and collects what it yields.</summary>
internal static class FormatReading
{
    public static readonly DateTimeOffset ImportedAt = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static async Task<List<ImportItem>> ReadFixtureAsync(IImportFormat format, string relativePath)
    {
        await using var stream = File.OpenRead(FixtureFiles.PathOf(relativePath));
        return await ReadAsync(format, stream, Path.GetFileName(relativePath));
    }

    public static Task<List<ImportItem>> ReadTextAsync(IImportFormat format, string text, string fileName)
        => ReadAsync(format, new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName);

    public static async Task<List<ImportItem>> ReadAsync(IImportFormat format, Stream stream, string fileName)
    {
        var items = new List<ImportItem>();
        await foreach (var item in format.ReadAsync(stream, fileName, new ImportContext(new EntityResolver(), ImportedAt), CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    public static Dictionary<string, ReadStudy> ByRegistryId(IEnumerable<ImportItem> items)
        => items.OfType<ReadStudy>().ToDictionary(s => s.Mapped.Trial.RegistryId);
}
