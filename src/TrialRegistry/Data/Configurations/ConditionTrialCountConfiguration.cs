using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Conditions;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Data.Configurations;

public sealed class ConditionTrialCountConfiguration : IEntityTypeConfiguration<ConditionTrialCount>
{
    public void Configure(EntityTypeBuilder<ConditionTrialCount> builder)
    {
        builder.ToTable("condition_trial_counts");
        builder.HasKey(c => c.ConditionId);
        builder.HasOne<Condition>().WithOne().HasForeignKey<ConditionTrialCount>(c => c.ConditionId).OnDelete(DeleteBehavior.Cascade);

        // The index's first page reads this in order and stops after 25 rows (an incremental sort puts ties by name).
        builder.HasIndex(c => c.Trials).IsDescending();
    }
}
