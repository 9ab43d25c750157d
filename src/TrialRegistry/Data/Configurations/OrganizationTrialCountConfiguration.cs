using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Organizations;
using TrialRegistry.TrialCounts;

namespace TrialRegistry.Data.Configurations;

public sealed class OrganizationTrialCountConfiguration : IEntityTypeConfiguration<OrganizationTrialCount>
{
    public void Configure(EntityTypeBuilder<OrganizationTrialCount> builder)
    {
        builder.ToTable("organization_trial_counts");
        builder.HasKey(c => c.OrganizationId);
        builder.HasOne<Organization>().WithOne().HasForeignKey<OrganizationTrialCount>(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);

        // The index's first page reads this in order and stops after 25 rows (an incremental sort puts ties by name).
        builder.HasIndex(c => c.LeadTrials).IsDescending();
    }
}
