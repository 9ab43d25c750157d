using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialVersionConfiguration : IEntityTypeConfiguration<TrialVersion>
{
    public void Configure(EntityTypeBuilder<TrialVersion> builder)
    {
        builder.HasOne(v => v.Trial).WithMany().HasForeignKey(v => v.TrialId);
        builder.HasIndex(v => new { v.TrialId, v.Number }).IsUnique();
        builder.Property(v => v.ChangedBy).HasMaxLength(256);
        builder.Property(v => v.ChangedByUserId).HasMaxLength(450);
        builder.Property(v => v.ChangeNote).HasMaxLength(2000);
        builder.Property(v => v.Snapshot).HasColumnType("jsonb");
    }
}
