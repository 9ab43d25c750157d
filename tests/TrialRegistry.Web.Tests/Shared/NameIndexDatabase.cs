using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;

namespace TrialRegistry.Web.Tests.Shared;

/// <summary>
/// Enough generated organizations, products, conditions and aliases (20,000 of each kind) that
/// PostgreSQL prefers an index to reading the table, plus one known row of each kind to search for.
/// Their trial counts are set, not counted: there are no trials.
/// </summary>
public sealed class NameIndexDatabase : PostgresDatabase
{
    public const int Rows = 20_000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();

        // Names of three random 7-letter tokens of the letters q to z only, so that the searches for the
        // known rows (which all have other letters) match no generated name.
        const string Token = "translate(substr(md5(g::text || '{0}'), 1, 7), '0123456789abcdef', 'qrstuvwxyzqrstuv')";
        string Name(string salt) => string.Join(" || ' ' || ", new[] { "a", "b", "c" }.Select(s => string.Format(System.Globalization.CultureInfo.InvariantCulture, Token, salt + s)));
        var sql = $"""
            INSERT INTO organizations (name, normalized_name, class, country, is_synthetic)
                SELECT n, n, '{CtGovNames.ToCtGov(OrganizationClass.Other)}', 'France', true FROM (SELECT {Name("o")} AS n FROM generate_series(1, {Rows}) g) s;
            INSERT INTO organization_aliases (organization_id, name, normalized_name)
                SELECT id, 'alias ' || id, 'alias ' || id FROM organizations;
            INSERT INTO products (name, normalized_name, type, is_synthetic)
                SELECT n, n, '{CtGovNames.ToCtGov(ProductType.SmallMolecule)}', true FROM (SELECT {Name("p")} AS n FROM generate_series(1, {Rows}) g) s;
            INSERT INTO product_aliases (product_id, name, normalized_name)
                SELECT id, 'alias ' || id, 'alias ' || id FROM products;
            INSERT INTO conditions (name, normalized_name, mesh_term)
                SELECT n, n, upper(n) FROM (SELECT {Name("c")} AS n FROM generate_series(1, {Rows}) g) s;
            """;
        await db.Database.ExecuteSqlRawAsync(sql);

        var aphp = Organization.Create("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France");
        aphp.Aliases.Add(new OrganizationAlias { Name = "AP-HP", NormalizedName = NameNormalizer.Normalize("AP-HP") });
        db.Organizations.Add(aphp);
        var product = new Product { Name = "Remestemcel-L", NormalizedName = NameNormalizer.Normalize("Remestemcel-L"), Type = ProductType.CellTherapy };
        product.Aliases.Add(new ProductAlias { Name = "Ryoncil", NormalizedName = NameNormalizer.Normalize("Ryoncil") });
        db.Products.Add(product);
        db.Conditions.Add(new Condition
        {
            Name = "Lupus Nephritis",
            NormalizedName = NameNormalizer.Normalize("Lupus Nephritis"),
            MeshTerm = "Lupus Erythematosus, Systemic",
        });
        await db.SaveChangesAsync();

        // No trials here: the names' stored counts (0027) are spread as a corpus's would be, a few large
        // and many small, so that the plans of the pages sorted by count are those of a real registry.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE organization_trial_counts SET lead_trials = 100000 / (1 + organization_id % 5000);
            UPDATE condition_trial_counts SET trials = 100000 / (1 + condition_id % 5000);
            UPDATE product_trial_counts SET trials = 100000 / (1 + product_id % 5000);
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
