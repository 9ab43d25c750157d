using System.Text.Json;
using TrialRegistry.DemoData;

namespace TrialRegistry.Tests.Import;

/// <summary>Real registry records copied to Fixtures/ (origin and licence in Fixtures/ctgov/MANIFEST.tsv).</summary>
internal static class FixtureFiles
{
    public static string PathOf(string relativePath)
        => Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);

    public static JsonDocument ReadJson(string relativePath)
        => JsonDocument.Parse(File.ReadAllBytes(PathOf(relativePath)));

    /// <summary>The hand-converted seed trial, read from the demo data embedded in TrialRegistry.</summary>
    public static JsonDocument ReadSeedTrial()
    {
        using var stream = DemoFiles.Open(DemoFiles.SeedTrial);
        return JsonDocument.Parse(stream);
    }
}
