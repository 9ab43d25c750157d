using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Import.Runs;

namespace TrialRegistry.Data.Configurations;

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.StartedBy).HasMaxLength(256);
        builder.Property(r => r.StartedByUserId).HasMaxLength(450);
        builder.Property(r => r.Report).HasColumnType("jsonb");
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasIndex(r => r.StartedAt);
    }
}
