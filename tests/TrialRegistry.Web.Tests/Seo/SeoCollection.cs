namespace TrialRegistry.Web.Tests.Seo;

/// <summary>The SEO tests share one <see cref="SeoApp"/> (one database with the demo data loaded once).</summary>
[CollectionDefinition(nameof(SeoCollection))]
public sealed class SeoCollection : ICollectionFixture<SeoApp>;
