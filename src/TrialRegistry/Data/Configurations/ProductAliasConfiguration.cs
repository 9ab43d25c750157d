using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Products;

namespace TrialRegistry.Data.Configurations;

public sealed class ProductAliasConfiguration : IEntityTypeConfiguration<ProductAlias>
{
    public void Configure(EntityTypeBuilder<ProductAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.NormalizedName).HasMaxLength(500);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => a.NormalizedName, "ix_product_aliases_normalized_name_trgm").HasDatabaseName("ix_product_aliases_normalized_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
