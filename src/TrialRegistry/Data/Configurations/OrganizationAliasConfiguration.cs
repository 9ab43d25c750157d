using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Organizations;

namespace TrialRegistry.Data.Configurations;

public sealed class OrganizationAliasConfiguration : IEntityTypeConfiguration<OrganizationAlias>
{
    public void Configure(EntityTypeBuilder<OrganizationAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.NormalizedName).HasMaxLength(500);
        builder.HasIndex(a => a.NormalizedName).IsUnique();
        builder.HasIndex(a => a.NormalizedName, "ix_organization_aliases_normalized_name_trgm").HasDatabaseName("ix_organization_aliases_normalized_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
