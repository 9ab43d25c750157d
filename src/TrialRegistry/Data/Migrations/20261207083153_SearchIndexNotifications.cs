using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <summary>
    /// Tells every app instance which trials' facet values changed, for the in-memory facet index
    /// (docs/decisions/0024-facet-index.md). Row triggers send "t{trial id}" (or "o{organization id}"
    /// when a sponsor's class changes) on the channel <c>search_index</c>; PostgreSQL delivers them at
    /// commit, drops them on rollback and merges repeats within a transaction. After 5,000 in one
    /// transaction (a bulk import) it sends "*" once and the WHEN clause stops queuing row events, so
    /// a large load costs one function call per row and the listeners rebuild instead. TRUNCATE sends "*".
    /// </summary>
    public partial class SearchIndexNotifications : Migration
    {
        private static readonly string[] TrialChildTables = ["trial_condition", "interventions"];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION search_index_collecting() RETURNS boolean LANGUAGE sql STABLE AS $$
                    SELECT coalesce(current_setting('trialregistry.search_index_sent', true), '') <> '-1'
                $$;

                CREATE FUNCTION search_index_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    sent integer := coalesce(nullif(current_setting('trialregistry.search_index_sent', true), ''), '0')::integer;
                BEGIN
                    IF sent < 0 THEN
                        RETURN NULL;
                    END IF;
                    IF TG_LEVEL = 'STATEMENT' OR sent >= 5000 THEN
                        PERFORM pg_notify('search_index', '*');
                        PERFORM set_config('trialregistry.search_index_sent', '-1', true);
                        RETURN NULL;
                    END IF;
                    IF TG_TABLE_NAME = 'organizations' THEN
                        PERFORM pg_notify('search_index', 'o' || NEW.id);
                    ELSIF TG_TABLE_NAME = 'trials' THEN
                        PERFORM pg_notify('search_index', 't' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
                    ELSE
                        IF TG_OP <> 'INSERT' THEN
                            PERFORM pg_notify('search_index', 't' || OLD.trial_id);
                        END IF;
                        IF TG_OP <> 'DELETE' THEN
                            PERFORM pg_notify('search_index', 't' || NEW.trial_id);
                        END IF;
                    END IF;
                    PERFORM set_config('trialregistry.search_index_sent', (sent + 1)::text, true);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER search_index_insert_delete AFTER INSERT OR DELETE ON trials
                    FOR EACH ROW WHEN (search_index_collecting()) EXECUTE FUNCTION search_index_notify();
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
                CREATE TRIGGER search_index_truncate AFTER TRUNCATE ON trials
                    FOR EACH STATEMENT EXECUTE FUNCTION search_index_notify();

                CREATE TRIGGER search_index_class AFTER UPDATE OF class ON organizations
                    FOR EACH ROW WHEN (search_index_collecting() AND OLD.class IS DISTINCT FROM NEW.class)
                    EXECUTE FUNCTION search_index_notify();
                """);

            foreach (var table in TrialChildTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER search_index_rows AFTER INSERT OR UPDATE OR DELETE ON {table}
                        FOR EACH ROW WHEN (search_index_collecting()) EXECUTE FUNCTION search_index_notify();
                    CREATE TRIGGER search_index_truncate AFTER TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION search_index_notify();
                    """);
            }
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in TrialChildTables)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER search_index_rows ON {table};
                    DROP TRIGGER search_index_truncate ON {table};
                    """);
            }

            migrationBuilder.Sql("""
                DROP TRIGGER search_index_class ON organizations;
                DROP TRIGGER search_index_truncate ON trials;
                DROP TRIGGER search_index_update ON trials;
                DROP TRIGGER search_index_insert_delete ON trials;
                DROP FUNCTION search_index_notify();
                DROP FUNCTION search_index_collecting();
                """);
        }
    }
}
