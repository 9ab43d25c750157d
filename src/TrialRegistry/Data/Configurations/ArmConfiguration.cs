using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class ArmConfiguration : IEntityTypeConfiguration<Arm>
{
    public void Configure(EntityTypeBuilder<Arm> builder)
    {
        builder.Property(a => a.Label).HasMaxLength(500);
        builder.PrimitiveCollection(a => a.InterventionNames);
    }
}
