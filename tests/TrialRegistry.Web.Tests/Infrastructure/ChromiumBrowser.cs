using Microsoft.Playwright;

namespace TrialRegistry.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no `playwright install`: the browser comes from apt,
/// see docs/stack-notes). CHROMIUM_PATH overrides /usr/bin/chromium.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private IPlaywright? playwright;

    /// <summary>Ceiling for clicks, fills and navigations (Playwright's default is 30 s).</summary>
    public const float ActionTimeoutMs = 90_000;

    /// <summary>Ceiling for Expect(...) assertions to come true (Playwright's default is 5 s).</summary>
    public const float ExpectTimeoutMs = 20_000;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land in the test output, one folder per run.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}: run `make test` (installs it) or `apt-get install chromium`, or set CHROMIUM_PATH.");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
