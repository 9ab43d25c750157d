using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.LinkedRecords;

namespace TrialRegistry.Data.Configurations;

public sealed class DealPartyConfiguration : IEntityTypeConfiguration<DealParty>
{
    public void Configure(EntityTypeBuilder<DealParty> builder)
    {
        builder.HasKey(p => new { p.DealId, p.OrganizationId, p.Role });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrganizationId);
        builder.Property(p => p.Role).HasMaxLength(16);
    }
}
