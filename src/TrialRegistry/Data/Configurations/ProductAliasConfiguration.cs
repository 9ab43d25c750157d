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
    }
}
