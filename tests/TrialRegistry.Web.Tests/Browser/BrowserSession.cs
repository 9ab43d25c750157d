using Microsoft.Playwright;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Browser;

/// <summary>
/// One browser context on the test app: opens pages, waits for the Blazor circuit, saves screenshots.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const int PhoneWidth = 390;

    private readonly IBrowserContext context;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync(KestrelRegistryApp app, ChromiumBrowser chromium, int width = 1280, int height = 900)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });

        // CI runs both test assemblies at once on two cores: a page load can stall for tens of
        // seconds there. These are waits, not timing assertions, so a generous ceiling costs nothing
        // when the machine is quick.
        context.SetDefaultTimeout(ChromiumBrowser.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(ChromiumBrowser.ActionTimeoutMs);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>Opens a page and waits until it is ready: a reader's static page at once, an editor's once its circuit renders it (clicks before that do nothing).</summary>
    public async Task<IResponse?> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await WaitForInteractivityAsync();
        return response;
    }

    /// <summary>
    /// MainLayout renders data-interactive="true" only once it renders in the circuit, and
    /// data-static="true" on pages that have none (readers' pages).
    /// </summary>
    public Task WaitForInteractivityAsync()
        => Page.Locator("[data-interactive=true], [data-static=true]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Waits for an editor's circuit after a click that leaves a reader's page: until then the old,
    /// static page may still be the one shown, and typing would go nowhere.
    /// </summary>
    public Task WaitForEditorAsync()
        => Page.Locator("[data-interactive=true]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Whether the page holds a Blazor circuit (a websocket to the app).</summary>
    public Task<bool> HasCircuitAsync()
        => Page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(e => e.name.includes('/_blazor')) || !!document.querySelector('[data-interactive=true]')");

    /// <summary>A full-page screenshot, taken from the top (fixed app bar and drawer would land mid-page otherwise).</summary>
    public async Task ScreenshotAsync(string name)
    {
        // A click that leaves the circuit for a static page (sign in/out) navigates for real: let it land.
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ChromiumBrowser.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
