using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class PatentConfiguration : IEntityTypeConfiguration<Patent>
{
    public void Configure(EntityTypeBuilder<Patent> builder)
    {
        builder.Property(p => p.PublicationNumber).HasMaxLength(40);
        builder.HasIndex(p => p.PublicationNumber).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(1000);
        builder.Property(p => p.Jurisdiction).HasMaxLength(4);
        builder.Property(p => p.Url).HasMaxLength(2000);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => p.PublicationDate);
        builder.HasMany(p => p.Assignees).WithMany()
            .UsingLinkTable<Patent, Organization>("patent_assignees", "patent_id", "organization_id");
        builder.HasMany(p => p.Products).WithMany()
            .UsingLinkTable<Patent, Product>("patent_products", "patent_id", "product_id");
        builder.HasMany(p => p.Trials).WithMany()
            .UsingLinkTable<Patent, Trial>("patent_trials", "patent_id", "trial_id");
    }
}
