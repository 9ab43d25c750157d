using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Organizations;

namespace TrialRegistry.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(500);
        builder.Property(o => o.NormalizedName).HasMaxLength(500);
        builder.HasIndex(o => o.NormalizedName).IsUnique();

        // The organizations index searches names by substring (LIKE '%…%'): a trigram index serves it.
        builder.HasIndex(o => o.NormalizedName, "ix_organizations_normalized_name_trgm").HasDatabaseName("ix_organizations_normalized_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(o => o.Country).HasMaxLength(100);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasMany(o => o.Aliases).WithOne().HasForeignKey(a => a.OrganizationId);
    }
}
