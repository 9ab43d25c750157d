namespace TrialRegistry.Web.Tests.Infrastructure;

/// <summary>
/// Browser tests share one Chromium and one app (start-up and demo load cost seconds) and run one
/// class at a time. Tests in this collection must not change data other tests read.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<KestrelRegistryApp>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "browser";
}
