using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.PrimitiveCollection(i => i.OtherNames);
        builder.PrimitiveCollection(i => i.ArmGroupLabels);
        builder.HasOne(i => i.Product).WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.Type);
    }
}
