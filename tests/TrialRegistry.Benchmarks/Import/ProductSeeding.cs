using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Generation;
using TrialRegistry.Import;
using TrialRegistry.Organizations;
using TrialRegistry.Products;

namespace TrialRegistry.Benchmarks.Import;

/// <summary>
/// `seed-products`: registers a generated corpus's products and their developers (as a registry
/// curates its products before importing trials), so the importer links the studies' interventions
/// to them and the linked-record CSVs name known products. Applies the migrations first.
/// </summary>
internal static class ProductSeeding
{
    public static async Task<int> SeedAsync(DbContextOptions<RegistryDbContext> options, string corpusDirectory)
    {
        var products = JsonSerializer.Deserialize<List<GeneratedProduct>>(
            await File.ReadAllTextAsync(Path.Combine(corpusDirectory, CorpusFiles.Products)), CorpusFiles.JsonOptions) ?? [];
        await using var db = new RegistryDbContext(options);
        await db.Database.MigrateAsync();
        var resolver = await EntityResolver.LoadAsync(db);
        foreach (var generated in products)
        {
            var developer = resolver.ResolveOrganization(generated.Developer, ClassOf(generated.DeveloperClass), generated.DeveloperCountry);
            var product = resolver.ResolveProduct(generated.Name, Enum.Parse<ProductType>(generated.Type), developer);
            product.IsSynthetic = true;
            developer.IsSynthetic = true;
        }

        await db.SaveChangesAsync();
        return products.Count;
    }

    // The CT.gov API's agency class words ("OTHER_GOV") as the registry's enum.
    private static OrganizationClass ClassOf(string value)
        => Enum.TryParse<OrganizationClass>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) ? parsed : OrganizationClass.Unknown;
}
