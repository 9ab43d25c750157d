using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialConditionConfiguration : IEntityTypeConfiguration<TrialCondition>
{
    public void Configure(EntityTypeBuilder<TrialCondition> builder)
    {
        builder.HasKey(c => new { c.TrialId, c.ConditionId });
        builder.HasOne(c => c.Condition).WithMany().HasForeignKey(c => c.ConditionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ConditionId);
    }
}
