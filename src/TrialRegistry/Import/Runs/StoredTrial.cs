using TrialRegistry.Trials;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// What the classifier needs to know of a trial already in the registry: read for a whole batch in
/// two queries, without loading the records themselves.
/// </summary>
/// <param name="LatestVersion">Source of the trial's newest version; null when it has none yet.</param>
public sealed record StoredTrial(
    int Id,
    string RegistryId,
    string Source,
    string? SourceHash,
    RegistryDate? LastUpdatePostDate,
    bool IsSynthetic,
    int VersionCount,
    ChangeSource? LatestVersion);
