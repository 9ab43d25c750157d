using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(1000);
        builder.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(d => d.Value).HasPrecision(18, 2);
        builder.Property(d => d.Upfront).HasPrecision(18, 2);
        builder.Property(d => d.Milestones).HasPrecision(18, 2);
        builder.Property(d => d.Url).HasMaxLength(2000);
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasIndex(d => d.Date);
        builder.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DealId);
        builder.HasMany(d => d.Products).WithMany()
            .UsingLinkTable<Deal, Product>("deal_products", "deal_id", "product_id");
        builder.HasMany(d => d.Trials).WithMany()
            .UsingLinkTable<Deal, Trial>("deal_trials", "deal_id", "trial_id");
    }
}
