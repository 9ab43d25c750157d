using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Search;
using TrialRegistry.Trials;

namespace TrialRegistry.Data.Configurations;

public sealed class TrialSearchTextConfiguration : IEntityTypeConfiguration<TrialSearchText>
{
    /// <summary>
    /// Compressible filler that pushes every row past PostgreSQL's 2 KB TOAST threshold, so that with
    /// toast_tuple_target = 128 the vectors always move out of line and the heap stays narrow (a row
    /// under 2 KB would keep its vectors inline, whatever the target). It compresses to ~30 bytes.
    /// </summary>
    public const string ToastPad = "ToastPad";

    public void Configure(EntityTypeBuilder<TrialSearchText> builder)
    {
        builder.ToTable("trial_search_text");
        builder.HasKey(s => s.TrialId);
        builder.HasOne<Trial>().WithOne().HasForeignKey<TrialSearchText>(s => s.TrialId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<string>(ToastPad);
        builder.HasIndex(s => s.Everything).HasMethod("gin");
        builder.HasIndex(s => s.Head).HasMethod("gin");
        builder.HasIndex(s => s.Summary).HasMethod("gin");
    }
}
