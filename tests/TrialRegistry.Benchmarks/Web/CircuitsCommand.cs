using System.Diagnostics;
using Microsoft.Playwright;

namespace TrialRegistry.Benchmarks.Web;

/// <summary>
/// `circuits`: opens <c>count</c> pages of the app in headless Chromium (one browser, one context,
/// pages sharing a few renderer processes), each waiting until its Blazor circuit renders
/// (<c>data-interactive</c>), keeps them all open and reads the app process's resident memory before
/// and after: what each open circuit costs the server.
/// </summary>
internal static class CircuitsCommand
{
    public static async Task<CircuitsResult> RunAsync(string url, int count, int appPid, string chromium)
    {
        var before = ProcessMemory.RssMiB(appPid);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--renderer-process-limit=4", "--disable-dev-shm-usage",
            ],
        });
        var context = await browser.NewContextAsync();
        var pages = new List<IPage>();
        var watch = Stopwatch.StartNew();
        var failed = 0;

        // A few at a time: the app's start-up of a circuit is the work, not the browser's.
        for (var opened = 0; opened < count; opened += 10)
        {
            var batch = Enumerable.Range(0, Math.Min(10, count - opened)).Select(async _ =>
            {
                var page = await context.NewPageAsync();
                try
                {
                    await page.GotoAsync(url, new() { Timeout = 60_000 });
                    // MainLayout renders data-interactive="true" once it renders in the circuit (attached, not necessarily "visible").
                    await page.WaitForSelectorAsync("[data-interactive=true]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
                }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref failed);
                }

                return page;
            });
            pages.AddRange(await Task.WhenAll(batch));
        }

        var openSeconds = watch.Elapsed.TotalSeconds;

        // Let the circuits settle (first renders, GC) before reading.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = ProcessMemory.RssMiB(appPid);
        var connected = count - failed;
        await context.CloseAsync();
        return new CircuitsResult(count, connected, openSeconds, before, after, connected > 0 ? (after - before) / connected : 0, ProcessMemory.PeakRssMiB(appPid));
    }
}

internal sealed record CircuitsResult(int Requested, int Connected, double OpenSeconds, double AppRssBeforeMiB, double AppRssWithCircuitsMiB, double MiBPerCircuit, double AppPeakRssMiB);
