using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace TrialRegistry.Benchmarks.Web;

/// <summary>
/// `circuits`: opens <c>count</c> pages of the app in headless Chromium (one browser, one context,
/// pages sharing a few renderer processes), each waiting until its Blazor circuit renders
/// (<c>data-interactive</c>), keeps them all open and reads the app process's resident memory before
/// and after: what each open circuit costs the server, and the app's total with them all.
/// </summary>
/// <remarks>
/// Readers' pages are static (no circuit); editors keep one. With <c>email</c> the context first signs
/// in through /account/login (its cookie is shared by every page of the context), so the pages can
/// be editors, e.g. <c>/trials/NCT9{0:D7}/edit</c>: <c>pathFormat</c> is a composite format of the
/// page's number 1..<c>count</c> (wrapping at <c>distinct</c>), so that each page edits its own trial.
/// </remarks>
internal static class CircuitsCommand
{
    public static async Task<CircuitsResult> RunAsync(
        string url, string? pathFormat, int distinct, int count, int appPid, string chromium, string? email, string? password)
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
        var baseUrl = new Uri(url.EndsWith('/') ? url : url + "/");
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl.GetLeftPart(UriPartial.Authority) });
        if (email is not null)
        {
            await SignInAsync(context, email, password ?? throw new ArgumentException("a password is needed to sign in"));
        }

        string Address(int number)
            => pathFormat is null
                ? url
                : new Uri(baseUrl, string.Format(CultureInfo.InvariantCulture, pathFormat, distinct > 0 ? ((number - 1) % distinct) + 1 : number).TrimStart('/')).ToString();

        var pages = new List<IPage>();
        var watch = Stopwatch.StartNew();
        var failed = 0;
        string? firstFailure = null;

        // A few at a time: the app's start-up of a circuit is the work, not the browser's.
        for (var opened = 0; opened < count; opened += 10)
        {
            var batch = Enumerable.Range(opened + 1, Math.Min(10, count - opened)).Select(async number =>
            {
                var page = await context.NewPageAsync();
                var address = Address(number);
                try
                {
                    var response = await page.GotoAsync(address, new() { Timeout = 60_000 });
                    if (response is { Ok: false } || page.Url.Contains("/account/login", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new TimeoutException($"{address} answered {response?.Status} at {page.Url}");
                    }

                    // MainLayout renders data-interactive="true" once it renders in the circuit (attached, not necessarily "visible").
                    await page.WaitForSelectorAsync("[data-interactive=true]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
                }
                catch (TimeoutException exception)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, $"{address}: {exception.Message}", null);
                }

                return page;
            });
            pages.AddRange(await Task.WhenAll(batch));
        }

        var openSeconds = watch.Elapsed.TotalSeconds;
        if (firstFailure is not null)
        {
            Console.Error.WriteLine($"circuits: {failed} pages did not become interactive; the first: {firstFailure}");
        }

        // Let the circuits settle (first renders, GC) before reading.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = ProcessMemory.RssMiB(appPid);
        var connected = count - failed;
        await context.CloseAsync();
        return new CircuitsResult(
            count, connected, openSeconds, before, after, connected > 0 ? (after - before) / connected : 0, ProcessMemory.PeakRssMiB(appPid),
            pathFormat ?? new Uri(url).PathAndQuery, email is not null);
    }

    /// <summary>Signs the context in through the login form (as the browser tests do) and waits for the redirect away from it.</summary>
    private static async Task SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login", new() { Timeout = 60_000 });
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(
            address => !address.Contains("/account/login", StringComparison.OrdinalIgnoreCase),
            new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.CloseAsync();
    }
}

internal sealed record CircuitsResult(
    int Requested, int Connected, double OpenSeconds, double AppRssBeforeMiB, double AppRssWithCircuitsMiB, double MiBPerCircuit, double AppPeakRssMiB,
    string Pages, bool SignedIn);
