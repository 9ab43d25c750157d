using System.Reflection;

namespace TrialRegistry.DemoData;

/// <summary>
/// The demo data files, embedded in this assembly from DemoData/Files. MSBuild names a resource
/// after its path with folder names made identifier-safe ("v2-json" becomes "v2_json"); file names
/// are kept as they are.
/// </summary>
internal static class DemoFiles
{
    public const string SeedTrial = "NCT03562065.json";
    public const string Organizations = "organizations.json";
    public const string Products = "products.json";
    public const string LinkedRecords = "linked-records.json";
    public const string V2JsonFolder = "v2_json";
    public const string ClassicCsvFolder = "classic_csv";

    private const string Prefix = "TrialRegistry.DemoData.Files.";

    private static Assembly Assembly => typeof(DemoFiles).Assembly;

    /// <summary>Opens a file of DemoData/Files by its name ("products.json") or folder-qualified name ("v2_json.NCT00763412.json").</summary>
    public static Stream Open(string name)
        => Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"The demo data file '{name}' is not embedded in {Assembly.GetName().Name}.", name);

    /// <summary>The folder-qualified names of the files in one folder with this extension, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder, string extension)
        => Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + ".", StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
