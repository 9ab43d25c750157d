using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialConfiguration : IEntityTypeConfiguration<Trial>
{
    /// <summary>Name of the generated full-text column (a shadow property: the domain never writes it).</summary>
    public const string SearchVector = "SearchVector";

    // Weighted as the search issue asks: titles and acronym (A) above conditions, interventions and
    // keywords (B) above summary and description (C). A stored generated column keeps it in step with
    // the row without triggers; search_terms carries the text of the child tables.
    /// <summary>
    /// Sort keys of the search page as stored generated columns: never null (a missing value sorts
    /// last in descending order; -infinity for dates, which Npgsql reads and writes as DateOnly.MinValue), so keyset paging can compare tuples and a btree index serves
    /// each sort (docs/decisions/0008-search.md).
    /// </summary>
    public const string SortLastUpdate = "SortLastUpdate";

    public const string SortStart = "SortStart";

    public const string SortEnrollment = "SortEnrollment";

    /// <summary>Year of the start date, for the start-year facet and range filter.</summary>
    public const string StartYear = "StartYear";

    private const string SearchVectorSql = """
        setweight(to_tsvector('english'::regconfig, coalesce(brief_title, '') || ' ' || coalesce(official_title, '') || ' ' || coalesce(acronym, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(search_terms, '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(brief_summary, '') || ' ' || coalesce(detailed_description, '')), 'C')
        """;

    public void Configure(EntityTypeBuilder<Trial> builder)
    {
        builder.Property(t => t.RegistryId).HasMaxLength(32);
        builder.HasIndex(t => t.RegistryId).IsUnique();
        builder.Property(t => t.OrgStudyId).HasMaxLength(100);
        builder.Property(t => t.BriefTitle).HasMaxLength(1000);
        builder.Property(t => t.OfficialTitle).HasMaxLength(2000);
        builder.Property(t => t.Acronym).HasMaxLength(100);
        builder.Property(t => t.Source).HasMaxLength(40);
        builder.Property(t => t.SourceHash).HasMaxLength(64);
        builder.Property(t => t.SourceRecord).HasColumnType("jsonb");
        builder.Property(t => t.Version).IsRowVersion();

        builder.PrimitiveCollection(t => t.Phases).ElementType(e => e.HasConversion<CtGovEnumConverter<Phase>>());
        builder.PrimitiveCollection(t => t.Keywords);

        ConfigureDate(builder.ComplexProperty(t => t.StartDate), "start_date");
        ConfigureDate(builder.ComplexProperty(t => t.PrimaryCompletionDate), "primary_completion_date");
        ConfigureDate(builder.ComplexProperty(t => t.CompletionDate), "completion_date");
        ConfigureDate(builder.ComplexProperty(t => t.StudyFirstPostDate), "study_first_post_date");
        ConfigureDate(builder.ComplexProperty(t => t.ResultsFirstPostDate), "results_first_post_date");
        ConfigureDate(builder.ComplexProperty(t => t.LastUpdatePostDate), "last_update_post_date");
        ConfigureDate(builder.ComplexProperty(t => t.StatusVerifiedDate), "status_verified_date");

        builder.ComplexProperty(t => t.Design, design =>
        {
            design.IsRequired();
            design.PrimitiveCollection(d => d.WhoMasked).ElementType(e => e.HasConversion<CtGovEnumConverter<WhoMasked>>());
        });
        builder.ComplexProperty(t => t.Eligibility, eligibility =>
        {
            eligibility.IsRequired();
            eligibility.Property(e => e.MinimumAge).HasMaxLength(40);
            eligibility.Property(e => e.MaximumAge).HasMaxLength(40);
            eligibility.PrimitiveCollection(e => e.StandardAges).ElementType(e => e.HasConversion<CtGovEnumConverter<StandardAge>>());
        });

        builder.HasOne(t => t.LeadSponsor).WithMany().HasForeignKey(t => t.LeadSponsorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Collaborators).WithOne().HasForeignKey(c => c.TrialId);
        builder.HasMany(t => t.SecondaryIds).WithOne().HasForeignKey(s => s.TrialId);
        builder.HasMany(t => t.Conditions).WithOne().HasForeignKey(c => c.TrialId);
        builder.HasMany(t => t.Arms).WithOne().HasForeignKey(a => a.TrialId);
        builder.HasMany(t => t.Interventions).WithOne().HasForeignKey(i => i.TrialId);
        builder.HasMany(t => t.Outcomes).WithOne().HasForeignKey(o => o.TrialId);
        builder.HasMany(t => t.Locations).WithOne().HasForeignKey(l => l.TrialId);
        builder.HasMany(t => t.Contacts).WithOne().HasForeignKey(c => c.TrialId);

        builder.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(SearchVectorSql, stored: true);

        // Matched through trial_search_text's index (TrialSearchTextConfiguration), not here.

        builder.PrimitiveCollection(t => t.Countries);
        builder.PrimitiveCollection(t => t.InterventionTypes).ElementType(e => e.HasConversion<CtGovEnumConverter<InterventionType>>());
        builder.Property<DateOnly>(SortLastUpdate).HasComputedColumnSql("coalesce(last_update_post_date, '-infinity'::date)", stored: true);
        builder.Property<DateOnly>(SortStart).HasComputedColumnSql("coalesce(start_date, '-infinity'::date)", stored: true);
        builder.Property<int>(SortEnrollment).HasComputedColumnSql("coalesce(enrollment_count, -1)", stored: true);
        builder.Property<int?>(StartYear).HasComputedColumnSql("extract(year from start_date)::integer", stored: true);

        // Filters and sorts of the search page.
        builder.HasIndex(SortLastUpdate, nameof(Trial.Id));
        builder.HasIndex(SortStart, nameof(Trial.Id));
        builder.HasIndex(SortEnrollment, nameof(Trial.Id));
        builder.HasIndex(StartYear);
        builder.HasIndex(t => t.Countries).HasMethod("gin");
        builder.HasIndex(t => t.InterventionTypes).HasMethod("gin");
        builder.HasIndex(t => t.HasResults);
        builder.HasIndex(t => t.OverallStatus);
        builder.HasIndex(t => t.StudyType);
        builder.HasIndex(t => t.Phases).HasMethod("gin");
        builder.HasIndex(t => t.UpdatedAt);
    }

    private static void ConfigureDate(ComplexPropertyBuilder<RegistryDate> date, string column)
    {
        date.Property(d => d.Date).HasColumnName(column);
        date.Property(d => d.Precision).HasColumnName(column + "_precision").HasMaxLength(8);
        date.Property(d => d.Type).HasColumnName(column + "_type").HasMaxLength(12);
    }
}
