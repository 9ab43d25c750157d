using TrialRegistry.Web.Hosting;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>
/// The app on an empty database (no demo data) into which every CT.gov v2 fixture study is imported
/// through the real import command, as an administrator would load them.
/// </summary>
public sealed class StudyApiApp : RegistryAppFactory
{
    protected override bool LoadDemoData => false;

    /// <summary>The fixture studies (v2-json lines of Fixtures/ctgov/MANIFEST.tsv), as paths relative to Fixtures/ctgov.</summary>
    public static IReadOnlyList<string> FixtureStudies { get; } = File.ReadAllLines(FixturePath("MANIFEST.tsv"))
        .Select(line => line.Split('\t')[0])
        .Where(file => file.StartsWith("v2-json/", StringComparison.Ordinal) && file.EndsWith(".json", StringComparison.Ordinal))
        .ToList();

    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ctgov", relative);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var args = FixtureStudies.SelectMany(file => new[] { "--file", FixturePath(file) }).Prepend("import").ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(Services, args, output, error, CancellationToken.None);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Importing the fixture studies failed ({exitCode}): {output}{error}");
        }
    }
}
