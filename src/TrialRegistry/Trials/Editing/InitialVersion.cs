namespace TrialRegistry.Trials.Editing;

/// <summary>
/// Trials that came from an import or the demo data have no version until their first edit. That
/// edit first records the state before it as version 1, so history always starts from the record
/// as it arrived (docs/decisions/0011-trial-editing.md).
/// </summary>
public static class InitialVersion
{
    public const string ImportName = "import";

    public const string DemoDataName = "demo-data";

    /// <summary>Generated demo records are demo data; everything else arrived from a registry import.</summary>
    public static ChangeSource SourceFor(bool isSynthetic) => isSynthetic ? ChangeSource.DemoData : ChangeSource.Import;

    public static string ChangedByFor(bool isSynthetic) => isSynthetic ? DemoDataName : ImportName;
}
