namespace TrialRegistry.Import.Sources;

/// <summary>
/// A part of an import that holds no study and is left out on purpose: a README or LICENSE in a
/// ZIP, a ZIP inside a ZIP. Reported as a note, neither a study nor an error.
/// </summary>
public sealed record SkippedEntry(string File, string Location, string Reason) : ImportItem(File, Location);
