using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Organizations;
using TrialRegistry.Products;

namespace TrialRegistry.Data.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(500);
        builder.Property(p => p.NormalizedName).HasMaxLength(500);

        // Not unique: two developers can each have an "allogeneic UC-MSC".
        builder.HasIndex(p => p.NormalizedName);

        // The products index searches names by substring (LIKE '%…%'): a trigram index serves it.
        builder.HasIndex(p => p.NormalizedName, "ix_products_normalized_name_trgm").HasDatabaseName("ix_products_normalized_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.ProductId);
        builder.HasMany(p => p.Developers).WithMany()
            .UsingLinkTable<Product, Organization>("product_developers", "product_id", "organization_id");
    }
}
