using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class ClinicalResultConfiguration : IEntityTypeConfiguration<ClinicalResult>
{
    public void Configure(EntityTypeBuilder<ClinicalResult> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(1000);
        builder.Property(r => r.Indication).HasMaxLength(500);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.Property(r => r.Doi).HasMaxLength(200);
        builder.Property(r => r.PubMedId).HasMaxLength(16);
        builder.Property(r => r.Version).IsRowVersion();
        builder.PrimitiveCollection(r => r.Phases).ElementType(e => e.HasConversion<CtGovEnumConverter<Phase>>());
        builder.HasIndex(r => r.Date);
        builder.HasMany(r => r.Products).WithMany()
            .UsingLinkTable<ClinicalResult, Product>("clinical_result_products", "clinical_result_id", "product_id");
        builder.HasMany(r => r.Organizations).WithMany()
            .UsingLinkTable<ClinicalResult, Organization>("clinical_result_organizations", "clinical_result_id", "organization_id");
        builder.HasMany(r => r.Trials).WithMany()
            .UsingLinkTable<ClinicalResult, Trial>("clinical_result_trials", "clinical_result_id", "trial_id");
    }
}
