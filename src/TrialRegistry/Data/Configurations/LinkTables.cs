using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrialRegistry.Data.Configurations;

internal static class LinkTables
{
    /// <summary>
    /// Maps a many-to-many navigation to a join table with readable names
    /// (e.g. clinical_result_products(clinical_result_id, product_id)).
    /// </summary>
    public static void UsingLinkTable<TLeft, TRight>(
        this CollectionCollectionBuilder<TRight, TLeft> builder, string table, string leftKey, string rightKey)
        where TLeft : class
        where TRight : class
        => builder.UsingEntity<Dictionary<string, object>>(
            table,
            right => right.HasOne<TRight>().WithMany().HasForeignKey(rightKey).OnDelete(DeleteBehavior.Cascade),
            left => left.HasOne<TLeft>().WithMany().HasForeignKey(leftKey).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.ToTable(table);
                join.HasKey(leftKey, rightKey);
                join.HasIndex(rightKey);
            });
}
