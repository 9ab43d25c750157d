using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialContactConfiguration : IEntityTypeConfiguration<TrialContact>
{
    public void Configure(EntityTypeBuilder<TrialContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Affiliation).HasMaxLength(500);
        builder.Property(c => c.Phone).HasMaxLength(60);
        builder.Property(c => c.Email).HasMaxLength(300);
    }
}
