namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// The output cache's tags for readers' pages. A trial's own pages (record, history) carry its
/// trial tag; every other reader's page lists or counts trials and carries <see cref="Lists"/>,
/// which every change evicts.
/// </summary>
public static class ReaderCacheTags
{
    /// <summary>Every reader's page: evicted when everything changed (a bulk import).</summary>
    public const string All = "readers";

    public const string Lists = "readers:lists";

    /// <summary>The route value naming the trial on a trial's own pages (/trials/{RegistryId}, …/history).</summary>
    public const string TrialRouteValue = "RegistryId";

    public static string Trial(string registryId) => "readers:trial:" + registryId.Trim().ToUpperInvariant();
}
