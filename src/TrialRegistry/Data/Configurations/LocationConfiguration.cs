using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Facility).HasMaxLength(500);
        builder.Property(l => l.City).HasMaxLength(200);
        builder.Property(l => l.State).HasMaxLength(200);
        builder.Property(l => l.Zip).HasMaxLength(40);
        builder.Property(l => l.Country).HasMaxLength(100);

        // The country facet and location searches.
        builder.HasIndex(l => l.Country);
    }
}
