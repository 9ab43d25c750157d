using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <summary>
    /// A change of a trial's words (trial_search_text, kept by its trigger on trials) notifies the facet
    /// index like a change of its facets, so that the matches the index keeps per search text for a
    /// generation (FacetIndex.TextMatches.cs) are dropped by the next patch. Before, a change of the
    /// detailed description alone notified nothing: the index held no words but the head.
    /// </summary>
    public partial class SearchTextChangesNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER search_index_text AFTER UPDATE ON trial_search_text
                    FOR EACH ROW WHEN (search_index_collecting() AND (
                        OLD.everything IS DISTINCT FROM NEW.everything
                        OR OLD.summary IS DISTINCT FROM NEW.summary
                        OR OLD.head IS DISTINCT FROM NEW.head))
                    EXECUTE FUNCTION search_index_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER search_index_text ON trial_search_text;");
        }
    }
}
