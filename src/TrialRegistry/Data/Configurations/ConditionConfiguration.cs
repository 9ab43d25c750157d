using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Conditions;

namespace TrialRegistry.Data.Configurations;

public sealed class ConditionConfiguration : IEntityTypeConfiguration<Condition>
{
    public void Configure(EntityTypeBuilder<Condition> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.Property(c => c.NormalizedName).HasMaxLength(500);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.Property(c => c.MeshTerm).HasMaxLength(300);
        builder.Property(c => c.MeshId).HasMaxLength(20);
        builder.HasIndex(c => c.MeshTerm);

        // The conditions index searches names (LIKE) and MeSH terms (ILIKE) by substring: trigram indexes.
        builder.HasIndex(c => c.NormalizedName, "ix_conditions_normalized_name_trgm").HasDatabaseName("ix_conditions_normalized_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(c => c.MeshTerm, "ix_conditions_mesh_term_trgm").HasDatabaseName("ix_conditions_mesh_term_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(c => c.Version).IsRowVersion();
    }
}
