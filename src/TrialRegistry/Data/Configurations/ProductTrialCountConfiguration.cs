using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Products;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Data.Configurations;

public sealed class ProductTrialCountConfiguration : IEntityTypeConfiguration<ProductTrialCount>
{
    public void Configure(EntityTypeBuilder<ProductTrialCount> builder)
    {
        builder.ToTable("product_trial_counts");
        builder.HasKey(c => c.ProductId);
        builder.HasOne<Product>().WithOne().HasForeignKey<ProductTrialCount>(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);

        // The index's first page reads this in order and stops after 25 rows (an incremental sort puts ties by name).
        builder.HasIndex(c => c.Trials).IsDescending();
    }
}
