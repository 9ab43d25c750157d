using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TranslationalStudyConfiguration : IEntityTypeConfiguration<TranslationalStudy>
{
    public void Configure(EntityTypeBuilder<TranslationalStudy> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.Property(s => s.Venue).HasMaxLength(500);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Doi).HasMaxLength(200);
        builder.Property(s => s.PubMedId).HasMaxLength(16);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => s.Date);
        builder.HasMany(s => s.Products).WithMany()
            .UsingLinkTable<TranslationalStudy, Product>("translational_study_products", "translational_study_id", "product_id");
        builder.HasMany(s => s.Organizations).WithMany()
            .UsingLinkTable<TranslationalStudy, Organization>("translational_study_organizations", "translational_study_id", "organization_id");
        builder.HasMany(s => s.Trials).WithMany()
            .UsingLinkTable<TranslationalStudy, Trial>("translational_study_trials", "translational_study_id", "trial_id");
    }
}
