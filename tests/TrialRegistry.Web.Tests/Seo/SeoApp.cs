using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TrialRegistry.Web.Features.Seo;
using TrialRegistry.Web.Tests.Infrastructure;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>
/// The app on the demo data with sitemap files of <see cref="PageSize"/> ids instead of 50,000, so
/// that every kind is cut into several files and the boundaries between them are exercised.
/// </summary>
public sealed class SeoApp : RegistryAppFactory
{
    public const int PageSize = 50;

    protected override void ConfigureSettings(IWebHostBuilder builder)
        => builder.ConfigureServices(services => services.Configure<SitemapOptions>(options => options.PageSize = PageSize));
}
