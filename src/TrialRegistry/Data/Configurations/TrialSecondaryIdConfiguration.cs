using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialSecondaryIdConfiguration : IEntityTypeConfiguration<TrialSecondaryId>
{
    public void Configure(EntityTypeBuilder<TrialSecondaryId> builder)
    {
        builder.Property(s => s.Value).HasMaxLength(200);
        builder.Property(s => s.Domain).HasMaxLength(500);

        // Typing a EudraCT, CTIS or ISRCTN number in the search box finds its trial through this index.
        builder.HasIndex(s => s.Value);
    }
}
