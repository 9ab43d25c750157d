using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <summary>
    /// The trial counts the name indexes sort by (docs/decisions/0027-trial-counts.md): one row per
    /// organization, condition and product. Statement-level triggers only append marks ("this name's
    /// count may have changed"), so a write never waits on another write's count row; refresh_trial_counts()
    /// recounts the marked names in a short transaction of its own, called by the app's TrialCountsJob.
    /// </summary>
    public partial class TrialCounts : Migration
    {
        /// <summary>
        /// One kind of name: its mark, its table, its counts table (key and count columns), and the rows
        /// that count a trial for it (table, the column naming it, and what is counted: a trial counts
        /// once for a product however many of its interventions name it).
        /// </summary>
        private sealed record Kind(string Mark, string Names, string Counts, string Key, string Count, string Rows, string RowKey, string Counted);

        private static readonly Kind[] Kinds =
        [
            new("o", "organizations", "organization_trial_counts", "organization_id", "lead_trials", "trials", "lead_sponsor_id", "count(*)"),
            new("c", "conditions", "condition_trial_counts", "condition_id", "trials", "trial_condition", "condition_id", "count(*)"),
            new("p", "products", "product_trial_counts", "product_id", "trials", "interventions", "product_id", "count(DISTINCT trial_id)"),
        ];

        private const string CreateMarks = """
            CREATE TABLE trial_count_marks (kind "char" NOT NULL, entity_id integer);

            -- The distinct names of the rows a statement inserted or deleted; a TRUNCATE marks every name (NULL).
            CREATE FUNCTION trial_counts_mark_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    INSERT INTO trial_count_marks (kind, entity_id) VALUES (TG_ARGV[0]::"char", NULL);
                ELSE
                    EXECUTE format(
                        'INSERT INTO trial_count_marks (kind, entity_id) SELECT DISTINCT %L::"char", %I FROM %I WHERE %I IS NOT NULL',
                        TG_ARGV[0], TG_ARGV[1], CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END, TG_ARGV[1]);
                END IF;
                RETURN NULL;
            END
            $$;

            -- A row that moved from one name to another marks both.
            CREATE FUNCTION trial_counts_mark_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                before integer;
                after integer;
            BEGIN
                EXECUTE format('SELECT ($1).%I, ($2).%I', TG_ARGV[1], TG_ARGV[1]) INTO before, after USING OLD, NEW;
                INSERT INTO trial_count_marks (kind, entity_id)
                SELECT TG_ARGV[0]::"char", id FROM unnest(ARRAY[before, after]) AS id WHERE id IS NOT NULL;
                RETURN NULL;
            END
            $$;

            -- A new name gets its count row (0) in the transaction that creates it, so the index lists it at once.
            CREATE FUNCTION trial_counts_add_names() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                EXECUTE format('INSERT INTO %I SELECT id, 0 FROM new_rows ON CONFLICT DO NOTHING', TG_ARGV[0]);
                RETURN NULL;
            END
            $$;
            """;

        /// <summary>
        /// refresh_trial_counts(): takes the committed marks and recounts their names, every name of a kind
        /// when one mark says "all" or there are too many to count one by one. Returns the marks taken, or
        /// -1 when another session is refreshing (its marks stay for the next call). Writes only counts that differ.
        /// </summary>
        private static string CreateRefresh() => $"""
            CREATE FUNCTION refresh_trial_counts() RETURNS integer LANGUAGE plpgsql AS $$
            DECLARE
                marks integer;
            {string.Join("\n", Kinds.Select(k => $"    {k.Mark}_ids integer[];\n    {k.Mark}_all boolean;"))}
            BEGIN
                -- 0x54524300: one refresh at a time across app instances, so an older count never overwrites a newer one.
                IF NOT pg_try_advisory_xact_lock(1414677248) THEN
                    RETURN -1;
                END IF;
                -- A name row held by a long transaction (its deletion) must not stall the refresh for long.
                PERFORM set_config('lock_timeout', '5s', true);

                WITH taken AS (DELETE FROM trial_count_marks RETURNING kind, entity_id)
                SELECT count(*)::integer,
                       {string.Join(",\n           ", Kinds.Select(k => $"array_agg(DISTINCT entity_id) FILTER (WHERE kind = '{k.Mark}'), coalesce(bool_or(kind = '{k.Mark}' AND entity_id IS NULL), false)"))}
                INTO marks, {string.Join(", ", Kinds.Select(k => $"{k.Mark}_ids, {k.Mark}_all"))}
                FROM taken;
                IF marks = 0 THEN
                    RETURN 0;
                END IF;
            {string.Join("\n", Kinds.Select(Recount))}
                RETURN marks;
            END
            $$;
            """;

        private static string Recount(Kind k) => $"""

                IF {k.Mark}_all OR cardinality({k.Mark}_ids) > 10000 THEN
                    INSERT INTO {k.Counts} ({k.Key}, {k.Count})
                    SELECT n.id, coalesce(r.n, 0)
                    FROM {k.Names} n
                    LEFT JOIN (SELECT {k.RowKey}, {k.Counted}::integer AS n FROM {k.Rows} WHERE {k.RowKey} IS NOT NULL GROUP BY {k.RowKey}) r ON r.{k.RowKey} = n.id
                    ON CONFLICT ({k.Key}) DO UPDATE SET {k.Count} = EXCLUDED.{k.Count} WHERE {k.Counts}.{k.Count} <> EXCLUDED.{k.Count};
                ELSIF {k.Mark}_ids IS NOT NULL THEN
                    INSERT INTO {k.Counts} ({k.Key}, {k.Count})
                    SELECT n.id, (SELECT {k.Counted} FROM {k.Rows} r WHERE r.{k.RowKey} = n.id)::integer
                    FROM {k.Names} n
                    WHERE n.id = ANY ({k.Mark}_ids)
                    ON CONFLICT ({k.Key}) DO UPDATE SET {k.Count} = EXCLUDED.{k.Count} WHERE {k.Counts}.{k.Count} <> EXCLUDED.{k.Count};
                END IF;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "condition_trial_counts",
                columns: table => new
                {
                    condition_id = table.Column<int>(type: "integer", nullable: false),
                    trials = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_condition_trial_counts", x => x.condition_id);
                    table.ForeignKey(
                        name: "fk_condition_trial_counts_conditions_condition_id",
                        column: x => x.condition_id,
                        principalTable: "conditions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_trial_counts",
                columns: table => new
                {
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    lead_trials = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_trial_counts", x => x.organization_id);
                    table.ForeignKey(
                        name: "fk_organization_trial_counts_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_trial_counts",
                columns: table => new
                {
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    trials = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_trial_counts", x => x.product_id);
                    table.ForeignKey(
                        name: "fk_product_trial_counts_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_condition_trial_counts_trials",
                table: "condition_trial_counts",
                column: "trials",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_organization_trial_counts_lead_trials",
                table: "organization_trial_counts",
                column: "lead_trials",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_product_trial_counts_trials",
                table: "product_trial_counts",
                column: "trials",
                descending: new bool[0]);

            migrationBuilder.Sql(CreateMarks);
            migrationBuilder.Sql(CreateRefresh());
            foreach (var k in Kinds)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER trial_counts_insert AFTER INSERT ON {k.Rows} REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION trial_counts_mark_rows('{k.Mark}', '{k.RowKey}');
                    CREATE TRIGGER trial_counts_delete AFTER DELETE ON {k.Rows} REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION trial_counts_mark_rows('{k.Mark}', '{k.RowKey}');
                    CREATE TRIGGER trial_counts_update AFTER UPDATE ON {k.Rows}
                        FOR EACH ROW WHEN (OLD.{k.RowKey} IS DISTINCT FROM NEW.{k.RowKey})
                        EXECUTE FUNCTION trial_counts_mark_change('{k.Mark}', '{k.RowKey}');
                    CREATE TRIGGER trial_counts_truncate AFTER TRUNCATE ON {k.Rows}
                        FOR EACH STATEMENT EXECUTE FUNCTION trial_counts_mark_rows('{k.Mark}', '{k.RowKey}');
                    CREATE TRIGGER trial_counts_name AFTER INSERT ON {k.Names} REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION trial_counts_add_names('{k.Counts}');
                    """);
            }

            // Every name counted once now; from here on the triggers mark what changes.
            migrationBuilder.Sql($"""
                INSERT INTO trial_count_marks (kind, entity_id) VALUES {string.Join(", ", Kinds.Select(k => $"('{k.Mark}', NULL)"))};
                SELECT refresh_trial_counts();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var k in Kinds)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER trial_counts_name ON {k.Names};
                    DROP TRIGGER trial_counts_insert ON {k.Rows};
                    DROP TRIGGER trial_counts_delete ON {k.Rows};
                    DROP TRIGGER trial_counts_update ON {k.Rows};
                    DROP TRIGGER trial_counts_truncate ON {k.Rows};
                    """);
            }

            migrationBuilder.Sql("""
                DROP FUNCTION refresh_trial_counts();
                DROP FUNCTION trial_counts_add_names();
                DROP FUNCTION trial_counts_mark_change();
                DROP FUNCTION trial_counts_mark_rows();
                DROP TABLE trial_count_marks;
                """);

            migrationBuilder.DropTable(
                name: "condition_trial_counts");

            migrationBuilder.DropTable(
                name: "organization_trial_counts");

            migrationBuilder.DropTable(
                name: "product_trial_counts");
        }
    }
}
