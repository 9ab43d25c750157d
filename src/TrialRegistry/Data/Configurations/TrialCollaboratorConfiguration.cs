using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialCollaboratorConfiguration : IEntityTypeConfiguration<TrialCollaborator>
{
    public void Configure(EntityTypeBuilder<TrialCollaborator> builder)
    {
        builder.HasKey(c => new { c.TrialId, c.OrganizationId });
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.OrganizationId);
    }
}
