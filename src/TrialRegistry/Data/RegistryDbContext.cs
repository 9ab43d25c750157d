using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Conditions;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Data;

/// <summary>
/// The registry's one database: domain tables and the ASP.NET Core Identity tables side by side, so
/// memberships and the audit log share transactions with the records they govern.
/// </summary>
public class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : IdentityDbContext<RegistryUser>(options)
{
    public DbSet<Trial> Trials => Set<Trial>();

    public DbSet<TrialVersion> TrialVersions => Set<TrialVersion>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationAlias> OrganizationAliases => Set<OrganizationAlias>();

    public DbSet<Condition> Conditions => Set<Condition>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductAlias> ProductAliases => Set<ProductAlias>();

    public DbSet<ClinicalResult> ClinicalResults => Set<ClinicalResult>();

    public DbSet<TranslationalStudy> TranslationalStudies => Set<TranslationalStudy>();

    public DbSet<Patent> Patents => Set<Patent>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<OrganizationMembership> Memberships => Set<OrganizationMembership>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Import.Runs.ImportRun> ImportRuns => Set<Import.Runs.ImportRun>();

    /// <summary>
    /// Saves, turning unique and foreign-key violations into <see cref="ConstraintViolationException"/>
    /// with a message in domain terms.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException
            && ConstraintViolations.Translate(exception, Model) is { } violation)
        {
            throw violation;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Trigram indexes for the name searches of the product, organization and condition indexes.
        builder.HasPostgresExtension("pg_trgm");

        // Identity names its tables "AspNetUsers" and so on; the rest of the schema is snake_case.
        builder.Entity<RegistryUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum of the domain is stored as its CT.gov-style text, so the database reads like the API.
        var apply = typeof(RegistryDbContext).GetMethod(nameof(StoreAsCtGovText), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var enumType in typeof(RegistryDbContext).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            apply.MakeGenericMethod(enumType).Invoke(null, [configurationBuilder]);
        }
    }

    private static void StoreAsCtGovText<TEnum>(ModelConfigurationBuilder configurationBuilder)
        where TEnum : struct, Enum
    {
        configurationBuilder.Properties<TEnum>().HaveConversion<CtGovEnumConverter<TEnum>>();
        configurationBuilder.DefaultTypeMapping<TEnum>().HasConversion<CtGovEnumConverter<TEnum>>();
    }
}
