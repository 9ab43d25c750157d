using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Reading;

/// <summary>
/// As deployed (Production), pages link their stylesheets and scripts by fingerprinted names, and
/// those are cacheable for a year without asking again: a new build links new names.
/// </summary>
public sealed partial class StaticAssetCachingTests(StaticAssetCachingTests.DeployedApp app) : IClassFixture<StaticAssetCachingTests.DeployedApp>
{
    [Fact]
    public async Task Pages_link_fingerprinted_assets_that_are_immutable_for_a_year()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/conditions", UriKind.Relative));

        var assets = FingerprintedAsset().Matches(html).Select(m => m.Groups["path"].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("app.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));

        // The app's own files. The framework's blazor.web.js is linked by its fingerprint too, but
        // a test host serves it without the publish manifest's headers (the published app answers it
        // with max-age=31536000, immutable: checked by hand, docs/decisions/0031).
        foreach (var asset in assets.Where(a => !a.StartsWith("_framework/", StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(new Uri("/" + asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl;
            Assert.True(
                cacheControl is { MaxAge.TotalDays: >= 365 } && cacheControl.Extensions.Any(e => e.Name == "immutable"),
                $"/{asset}: Cache-Control {cacheControl}");
        }
    }

    // href="app.3x7k2c1d9f.css" or src="_framework/blazor.web.66stpp682v.js": a name, a fingerprint, an extension.
    [GeneratedRegex("""(?:href|src)="(?<path>(?:_framework/)?[A-Za-z.]+\.[a-z0-9]{8,}\.(?:css|js))""")]
    private static partial Regex FingerprintedAsset();

    /// <summary>Production, with its schema (the page reads the conditions).</summary>
    public sealed class DeployedApp : RegistryAppFactory
    {
        protected override bool LoadDemoData => false;

        protected override string EnvironmentName => "Production";

        // Tests run the build's asset manifest, for which ASP.NET Core reloads changed files and sends
        // no-cache unless told otherwise; a published app has the publish manifest and no such handler
        // (checked by hand: the published app answers app.{fingerprint}.css with max-age=31536000, immutable).
        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
    }
}
