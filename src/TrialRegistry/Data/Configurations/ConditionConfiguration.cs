using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Conditions;

namespace TrialRegistry.Data.Configurations;

public sealed class ConditionConfiguration : IEntityTypeConfiguration<Condition>
{
    public void Configure(EntityTypeBuilder<Condition> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.Property(c => c.NormalizedName).HasMaxLength(500);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.Property(c => c.MeshTerm).HasMaxLength(300);
        builder.Property(c => c.MeshId).HasMaxLength(20);
        builder.HasIndex(c => c.MeshTerm);
        builder.Property(c => c.Version).IsRowVersion();
    }
}
