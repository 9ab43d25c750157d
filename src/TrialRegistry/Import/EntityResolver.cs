using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Data;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Import;

/// <summary>
/// Finds or creates the shared entities of one import run (organizations, conditions, products) by
/// their <see cref="NameNormalizer"/> key and aliases. Existing rows are read once at the start, and
/// every entity created during the run is cached, so a run never creates the same organization twice
/// however many trials name it. Not thread-safe: one resolver per run.
/// </summary>
/// <remarks>
/// Existing values are never overwritten; the resolver only fills what is still unknown (an
/// organization's class or country, a condition's MeSH term), so re-running an import changes nothing.
/// </remarks>
public sealed class EntityResolver
{
    private readonly RegistryDbContext? db;
    private readonly Dictionary<string, Organization> organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Condition> conditions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Product>> productsByName = new(StringComparer.Ordinal);

    /// <summary>A resolver that starts empty and tracks nothing: for mapping without a database (tests, previews).</summary>
    public EntityResolver()
    {
    }

    private EntityResolver(RegistryDbContext db)
    {
        this.db = db;
    }

    public int OrganizationsCreated { get; private set; }

    public int ConditionsCreated { get; private set; }

    public int ProductsCreated { get; private set; }

    /// <summary>
    /// A resolver over the rows already in <paramref name="db"/>. Entities it creates are added to
    /// that context, so they are inserted by its next SaveChanges.
    /// </summary>
    public static async Task<EntityResolver> LoadAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var resolver = new EntityResolver(db);
        var organizations = await db.Organizations.Include(o => o.Aliases).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var organization in organizations)
        {
            resolver.Index(organization);
        }

        foreach (var condition in await db.Conditions.ToListAsync(cancellationToken))
        {
            resolver.conditions.TryAdd(condition.NormalizedName, condition);
        }

        var products = await db.Products.Include(p => p.Aliases).Include(p => p.Developers).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var product in products)
        {
            resolver.Index(product);
        }

        return resolver;
    }

    /// <summary>The organization known by this name or alias, or null.</summary>
    public Organization? FindOrganization(string name)
        => organizations.GetValueOrDefault(Key(name));

    /// <summary>
    /// The organization known by this name or alias; created when there is none. A known organization
    /// whose class or country is still unknown takes the ones given here.
    /// </summary>
    public Organization ResolveOrganization(string name, OrganizationClass organizationClass = OrganizationClass.Unknown, string? country = null)
    {
        var key = Key(name);
        if (organizations.TryGetValue(key, out var existing))
        {
            if (existing.Class is OrganizationClass.Unknown && organizationClass is not OrganizationClass.Unknown)
            {
                existing.Class = organizationClass;
            }

            if (existing.Country is null && !string.IsNullOrWhiteSpace(country))
            {
                existing.Country = country.Trim();
            }

            return existing;
        }

        var created = Organization.Create(name.Trim(), organizationClass, string.IsNullOrWhiteSpace(country) ? null : country.Trim());
        organizations[key] = created;
        db?.Organizations.Add(created);
        OrganizationsCreated++;
        return created;
    }

    /// <summary>
    /// Adds an alias to an organization. False when the alias is already its name or one of its
    /// aliases, or when it already names another organization (aliases are unique).
    /// </summary>
    public bool AddAlias(Organization organization, string alias)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var key = Key(alias);
        if (organizations.ContainsKey(key))
        {
            return false;
        }

        organization.Aliases.Add(new OrganizationAlias { Name = alias.Trim(), NormalizedName = key });
        organizations[key] = organization;
        return true;
    }

    /// <summary>
    /// The condition with this name; created when there is none. A known condition without a MeSH
    /// term takes the one given here.
    /// </summary>
    public Condition ResolveCondition(string name, string? meshTerm = null, string? meshId = null)
    {
        var key = Key(name);
        if (conditions.TryGetValue(key, out var existing))
        {
            if (existing.MeshTerm is null && !string.IsNullOrWhiteSpace(meshTerm))
            {
                existing.MeshTerm = meshTerm.Trim();
                existing.MeshId = meshId?.Trim();
            }

            return existing;
        }

        var created = new Condition
        {
            Name = name.Trim(),
            NormalizedName = key,
            MeshTerm = string.IsNullOrWhiteSpace(meshTerm) ? null : meshTerm.Trim(),
            MeshId = string.IsNullOrWhiteSpace(meshTerm) ? null : meshId?.Trim(),
        };
        conditions[key] = created;
        db?.Conditions.Add(created);
        ConditionsCreated++;
        return created;
    }

    /// <summary>
    /// The product of <paramref name="developer"/> known by this name or alias, or null. Products are
    /// keyed by name and developer: two developers can each have an "allogeneic UC-MSC".
    /// </summary>
    public Product? FindProduct(string name, Organization? developer)
        => productsByName.GetValueOrDefault(Key(name))?
            .FirstOrDefault(p => developer is null ? p.Developers.Count == 0 : p.Developers.Contains(developer));

    /// <summary>All products known by this name or alias, whoever develops them.</summary>
    public IReadOnlyList<Product> FindProducts(string name)
        => productsByName.GetValueOrDefault(Key(name)) ?? [];

    /// <summary>The product of this name and first developer; created (with that developer) when there is none.</summary>
    public Product ResolveProduct(string name, ProductType type, Organization? developer)
    {
        if (FindProduct(name, developer) is { } existing)
        {
            return existing;
        }

        var created = new Product { Name = name.Trim(), NormalizedName = Key(name), Type = type };
        if (developer is not null)
        {
            created.Developers.Add(developer);
        }

        Index(created);
        db?.Products.Add(created);
        ProductsCreated++;
        return created;
    }

    /// <summary>Adds an alias to a product; false when the product already answers to that name.</summary>
    public bool AddAlias(Product product, string alias)
    {
        ArgumentNullException.ThrowIfNull(product);
        var key = Key(alias);
        if (product.NormalizedName == key || product.Aliases.Any(a => a.NormalizedName == key))
        {
            return false;
        }

        product.Aliases.Add(new ProductAlias { Name = alias.Trim(), NormalizedName = key });
        IndexName(key, product);
        return true;
    }

    /// <summary>
    /// Links an intervention to the product whose name or alias matches the intervention's name or one
    /// of its other names. When several products match, the one developed by an organization of the
    /// trial (<paramref name="trialOrganizations"/>: lead sponsor and collaborators) wins; when that
    /// still leaves more than one, nothing is linked rather than a guess. An existing link is kept.
    /// </summary>
    /// <returns>Whether the intervention is linked to a product afterwards.</returns>
    public bool LinkProduct(Intervention intervention, IReadOnlyCollection<Organization> trialOrganizations)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentNullException.ThrowIfNull(trialOrganizations);
        if (intervention.Product is not null || intervention.ProductId is not null)
        {
            return true;
        }

        var candidates = intervention.OtherNames.Prepend(intervention.Name)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(NameNormalizer.Normalize)
            .Where(k => k.Length > 0)
            .SelectMany(k => productsByName.GetValueOrDefault(k) ?? [])
            .Distinct()
            .ToList();
        if (candidates.Count > 1)
        {
            candidates = candidates.Where(p => p.Developers.Any(trialOrganizations.Contains)).ToList();
        }

        if (candidates.Count != 1)
        {
            return false;
        }

        intervention.Product = candidates[0];
        return true;
    }

    private static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameNormalizer.Normalize(name);
        return key.Length > 0 ? key : throw new ArgumentException($"'{name}' has no letters or digits to match on.", nameof(name));
    }

    private void Index(Organization organization)
    {
        organizations.TryAdd(organization.NormalizedName, organization);
        foreach (var alias in organization.Aliases)
        {
            organizations.TryAdd(alias.NormalizedName, organization);
        }
    }

    private void Index(Product product)
    {
        IndexName(product.NormalizedName, product);
        foreach (var alias in product.Aliases)
        {
            IndexName(alias.NormalizedName, product);
        }
    }

    private void IndexName(string key, Product product)
    {
        if (!productsByName.TryGetValue(key, out var list))
        {
            productsByName[key] = list = [];
        }

        if (!list.Contains(product))
        {
            list.Add(product);
        }
    }
}
