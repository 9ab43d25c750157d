using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrialSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_trials_search_vector",
                table: "trials");

            migrationBuilder.CreateTable(
                name: "trial_search_text",
                columns: table => new
                {
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    head = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false),
                    summary = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false),
                    everything = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false),
                    toast_pad = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_search_text", x => x.trial_id);
                    table.ForeignKey(
                        name: "fk_trial_search_text_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Vectors out of line (docs/decisions/0026): compressed, then moved to TOAST once a row is
            // past 2 KB, which the pad guarantees; the heap keeps ~100 bytes a trial.
            migrationBuilder.Sql("""
                ALTER TABLE trial_search_text SET (toast_tuple_target = 128);
                """);

            // The trigger keeps the table; the head is what ranks first (ADR 0026), the summary next.
            migrationBuilder.Sql("""
                CREATE FUNCTION trial_search_text_sync() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO trial_search_text (trial_id, toast_pad, head, summary, everything)
                    VALUES (
                        NEW.id,
                        repeat(' ', 2100),
                        to_tsvector('english', coalesce(NEW.brief_title, '') || ' ' || coalesce(NEW.acronym, '') || ' ' || coalesce(NEW.search_terms, '')),
                        to_tsvector('english', coalesce(NEW.brief_summary, '')),
                        NEW.search_vector)
                    ON CONFLICT (trial_id) DO UPDATE
                        SET toast_pad = excluded.toast_pad, head = excluded.head, summary = excluded.summary, everything = excluded.everything;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER trial_search_text_sync
                    AFTER INSERT OR UPDATE OF brief_title, official_title, acronym, search_terms, brief_summary, detailed_description ON trials
                    FOR EACH ROW EXECUTE FUNCTION trial_search_text_sync();

                INSERT INTO trial_search_text (trial_id, toast_pad, head, summary, everything)
                SELECT id, repeat(' ', 2100),
                    to_tsvector('english', coalesce(brief_title, '') || ' ' || coalesce(acronym, '') || ' ' || coalesce(search_terms, '')),
                    to_tsvector('english', coalesce(brief_summary, '')),
                    search_vector
                FROM trials;
                """);

            // The ids of a text's matches in one array. enable_seqscan is off inside: for a word in most
            // trials the planner would rather read every row, not knowing that each @@ then fetches a
            // vector from TOAST (2 s instead of 0.1 s for "patients" at 500k).
            migrationBuilder.Sql("""
                CREATE FUNCTION search_text_matches(query tsquery) RETURNS integer[]
                    LANGUAGE sql STABLE SET enable_seqscan = off
                    AS $$ SELECT coalesce(array_agg(trial_id), '{}') FROM trial_search_text WHERE everything @@ query $$;

                CREATE FUNCTION search_summary_matches(query tsquery) RETURNS integer[]
                    LANGUAGE sql STABLE SET enable_seqscan = off
                    AS $$ SELECT coalesce(array_agg(trial_id), '{}') FROM trial_search_text WHERE summary @@ query $$;
                """);

            // The facet index now also holds the sort keys and the head words: their changes notify too.
            migrationBuilder.Sql("""
                DROP TRIGGER search_index_update ON trials;
                CREATE TRIGGER search_index_update AFTER UPDATE ON trials
                    FOR EACH ROW WHEN (search_index_collecting() AND (
                        OLD.overall_status IS DISTINCT FROM NEW.overall_status
                        OR OLD.study_type IS DISTINCT FROM NEW.study_type
                        OR OLD.phases IS DISTINCT FROM NEW.phases
                        OR OLD.intervention_types IS DISTINCT FROM NEW.intervention_types
                        OR OLD.lead_sponsor_id IS DISTINCT FROM NEW.lead_sponsor_id
                        OR OLD.countries IS DISTINCT FROM NEW.countries
                        OR OLD.has_results IS DISTINCT FROM NEW.has_results
                        OR OLD.start_date IS DISTINCT FROM NEW.start_date
                        OR OLD.sort_last_update IS DISTINCT FROM NEW.sort_last_update
                        OR OLD.sort_enrollment IS DISTINCT FROM NEW.sort_enrollment
                        OR OLD.brief_title IS DISTINCT FROM NEW.brief_title
                        OR OLD.acronym IS DISTINCT FROM NEW.acronym
                        OR OLD.search_terms IS DISTINCT FROM NEW.search_terms))
                    EXECUTE FUNCTION search_index_notify();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_trial_search_text_everything",
                table: "trial_search_text",
                column: "everything")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_trial_search_text_head",
                table: "trial_search_text",
                column: "head")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_trial_search_text_summary",
                table: "trial_search_text",
                column: "summary")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER search_index_update ON trials;
                CREATE TRIGGER search_index_update AFTER UPDATE ON trials
                    FOR EACH ROW WHEN (search_index_collecting() AND (
                        OLD.overall_status IS DISTINCT FROM NEW.overall_status
                        OR OLD.study_type IS DISTINCT FROM NEW.study_type
                        OR OLD.phases IS DISTINCT FROM NEW.phases
                        OR OLD.intervention_types IS DISTINCT FROM NEW.intervention_types
                        OR OLD.lead_sponsor_id IS DISTINCT FROM NEW.lead_sponsor_id
                        OR OLD.countries IS DISTINCT FROM NEW.countries
                        OR OLD.has_results IS DISTINCT FROM NEW.has_results
                        OR OLD.start_date IS DISTINCT FROM NEW.start_date))
                    EXECUTE FUNCTION search_index_notify();
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER trial_search_text_sync ON trials;
                DROP FUNCTION trial_search_text_sync();
                DROP FUNCTION search_text_matches(tsquery);
                DROP FUNCTION search_summary_matches(tsquery);
                """);

            migrationBuilder.DropTable(
                name: "trial_search_text");

            migrationBuilder.CreateIndex(
                name: "ix_trials_search_vector",
                table: "trials",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }
    }
}
