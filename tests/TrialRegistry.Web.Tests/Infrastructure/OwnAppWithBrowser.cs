namespace TrialRegistry.Web.Tests.Infrastructure;

/// <summary>
/// A class fixture for browser tests that change data others would see (imports, edits): the app on
/// Kestrel with a database of its own, plus a Chromium for that class alone.
/// </summary>
public sealed class OwnAppWithBrowser : IAsyncLifetime
{
    private readonly KestrelRegistryApp app = new();

    public ChromiumBrowser Chromium { get; } = new();

    public IServiceProvider Services => app.Services;

    public static implicit operator KestrelRegistryApp(OwnAppWithBrowser fixture) => fixture.app;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        await Chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await ((IAsyncLifetime)app).DisposeAsync();
    }
}
