using TrialRegistry.Import.Sources;

namespace TrialRegistry.Tests.Import.Sources;

/// <summary>Every fixture format is detected as the format that reads it, from its content.</summary>
public sealed class ImportFormatsRegistryTests
{
    [Theory]
    [InlineData("ctgov/v2-json/NCT03453554.json", "ctgov-v2-json")]
    [InlineData("ctgov/legacy-xml/NCT00000125.xml", "ctgov-legacy-xml")]
    [InlineData("ctgov/classic-csv/mesenchymal whartons jelly.csv", "ctgov-csv")]
    [InlineData("ctgov/current-csv/derived-from-classic-and-seed.csv", "ctgov-csv")]
    [InlineData("ictrp/portal-export-sample.xml", "who-ictrp-xml")]
    public void Each_fixture_is_detected_by_its_content(string fixture, string format)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        var head = File.ReadAllBytes(path).AsSpan(0, (int)Math.Min(4096, new FileInfo(path).Length));

        Assert.Equal(format, ImportFormats.Detect("upload.bin", head)?.Name);
        Assert.Equal(format, ImportFormats.Detect(Path.GetFileName(path), head)?.Name);
    }
}
