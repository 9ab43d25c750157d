using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <summary>
    /// Tells every app instance which readers' pages a commit changed, for the server cache of
    /// anonymous pages (docs/decisions/0031-reader-page-cache.md), on the channel
    /// <c>content_changes</c>: "t{registry id}" for a trial's own pages (its row, its child rows and
    /// versions, a linked record), "l" for the pages that list and count, "*" for every page.
    /// Like search_index (0024), PostgreSQL delivers them at commit, drops them on rollback and merges
    /// repeats; after 5,000 row events in one transaction (a bulk import) it sends "*" once and the
    /// WHEN clause stops queuing row events. A changed or deleted organization, product or condition
    /// (names shown on trial pages) sends "*"; a new one, or a recount, only "l".
    /// </summary>
    public partial class ContentChangeNotifications : Migration
    {
        private static readonly string[] TrialRowTables =
        [
            "arm", "interventions", "locations", "outcome", "trial_collaborator", "trial_condition", "trial_contact",
            "trial_secondary_id", "trial_versions", "clinical_result_trials", "deal_trials", "patent_trials", "translational_study_trials",
        ];

        // Each linked record's table and side tables: (table, the record's link table to trials, its record column, the row's record column).
        private static readonly (string Table, string LinkTable, string LinkColumn, string RowColumn)[] RecordTables =
        [
            ("clinical_results", "clinical_result_trials", "clinical_result_id", "id"),
            ("clinical_result_organizations", "clinical_result_trials", "clinical_result_id", "clinical_result_id"),
            ("clinical_result_products", "clinical_result_trials", "clinical_result_id", "clinical_result_id"),
            ("deals", "deal_trials", "deal_id", "id"),
            ("deal_party", "deal_trials", "deal_id", "deal_id"),
            ("deal_products", "deal_trials", "deal_id", "deal_id"),
            ("patents", "patent_trials", "patent_id", "id"),
            ("patent_assignees", "patent_trials", "patent_id", "patent_id"),
            ("patent_products", "patent_trials", "patent_id", "patent_id"),
            ("translational_studies", "translational_study_trials", "translational_study_id", "id"),
            ("translational_study_organizations", "translational_study_trials", "translational_study_id", "translational_study_id"),
            ("translational_study_products", "translational_study_trials", "translational_study_id", "translational_study_id"),
        ];

        private static readonly string[] NameTables =
        [
            "organizations", "organization_aliases", "products", "product_aliases", "product_developers", "conditions",
        ];

        private static readonly string[] CountTables = ["condition_trial_counts", "organization_trial_counts", "product_trial_counts"];

        private static IEnumerable<string> AllTables
            => ["trials", .. TrialRowTables, .. RecordTables.Select(r => r.Table), .. NameTables, .. CountTables];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FunctionsSql);
            migrationBuilder.Sql("""
                CREATE TRIGGER content_changes_rows AFTER INSERT OR UPDATE OR DELETE ON trials
                    FOR EACH ROW WHEN (content_changes_collecting()) EXECUTE FUNCTION content_changes_notify('trial');
                """);
            foreach (var table in TrialRowTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER content_changes_rows AFTER INSERT OR UPDATE OR DELETE ON {table}
                        FOR EACH ROW WHEN (content_changes_collecting()) EXECUTE FUNCTION content_changes_notify('trial-row', 'trial_id');
                    """);
            }

            foreach (var (table, linkTable, linkColumn, rowColumn) in RecordTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER content_changes_rows AFTER INSERT OR UPDATE OR DELETE ON {table}
                        FOR EACH ROW WHEN (content_changes_collecting()) EXECUTE FUNCTION content_changes_notify('record', '{linkTable}', '{linkColumn}', '{rowColumn}');
                    """);
            }

            foreach (var table in NameTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER content_changes_rows AFTER INSERT ON {table}
                        FOR EACH ROW WHEN (content_changes_collecting()) EXECUTE FUNCTION content_changes_notify('lists');
                    CREATE TRIGGER content_changes_renames AFTER UPDATE OR DELETE ON {table}
                        FOR EACH ROW WHEN (content_changes_collecting()) EXECUTE FUNCTION content_changes_notify('everything');
                    """);
            }

            foreach (var table in CountTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER content_changes_rows AFTER INSERT OR UPDATE OR DELETE ON {table}
                        FOR EACH ROW WHEN (content_changes_collecting()) EXECUTE FUNCTION content_changes_notify('lists');
                    """);
            }

            foreach (var table in AllTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER content_changes_truncate AFTER TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION content_changes_notify('everything');
                    """);
            }
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AllTables)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER content_changes_truncate ON {table};
                    DROP TRIGGER content_changes_rows ON {table};
                    """);
            }

            foreach (var table in NameTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER content_changes_renames ON {table};");
            }

            migrationBuilder.Sql("""
                DROP FUNCTION content_changes_notify();
                DROP FUNCTION content_changes_collecting();
                """);
        }

        private const string FunctionsSql = """
            CREATE FUNCTION content_changes_collecting() RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT coalesce(current_setting('trialregistry.content_changes_sent', true), '') <> '-1'
            $$;

            -- TG_ARGV[0] says what a row change means to readers:
            --   'trial' (a row of trials) or 'trial-row' (TG_ARGV[1] names the row's trial column): that trial's
            --            pages, and every list;
            --   'record' (TG_ARGV[1] the record's link table to trials, TG_ARGV[2] its record column, TG_ARGV[3]
            --            the row's record column): the pages of the trials the record is linked to, and every list;
            --   'lists': the pages that list or count; 'everything': every page.
            CREATE FUNCTION content_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                sent integer := coalesce(nullif(current_setting('trialregistry.content_changes_sent', true), ''), '0')::integer;
                kind text := TG_ARGV[0];
                linked text;
            BEGIN
                IF sent < 0 THEN
                    RETURN NULL;
                END IF;
                IF TG_LEVEL = 'STATEMENT' OR sent >= 5000 OR kind = 'everything' THEN
                    PERFORM pg_notify('content_changes', '*');
                    PERFORM set_config('trialregistry.content_changes_sent', '-1', true);
                    RETURN NULL;
                END IF;
                IF kind = 'trial' THEN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM pg_notify('content_changes', 't' || OLD.registry_id);
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM pg_notify('content_changes', 't' || NEW.registry_id);
                    END IF;
                ELSIF kind = 'trial-row' THEN
                    FOR linked IN SELECT t.registry_id FROM trials t
                        WHERE t.id IN ((to_jsonb(OLD) ->> TG_ARGV[1])::integer, (to_jsonb(NEW) ->> TG_ARGV[1])::integer)
                    LOOP
                        PERFORM pg_notify('content_changes', 't' || linked);
                    END LOOP;
                ELSIF kind = 'record' THEN
                    PERFORM pg_notify('content_changes', 'l');
                    FOR linked IN EXECUTE format('SELECT t.registry_id FROM %I l JOIN trials t ON t.id = l.trial_id WHERE l.%I = $1', TG_ARGV[1], TG_ARGV[2])
                        USING (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[3])::integer
                    LOOP
                        PERFORM pg_notify('content_changes', 't' || linked);
                    END LOOP;
                ELSE
                    PERFORM pg_notify('content_changes', 'l');
                END IF;
                PERFORM set_config('trialregistry.content_changes_sent', (sent + 1)::text, true);
                RETURN NULL;
            END
            $$;
            """;
    }
}
