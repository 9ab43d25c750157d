using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchSortKeysAndFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A default, so the column can be added to a table that already holds trials (the
            // backfill below sets the real values).
            migrationBuilder.AddColumn<List<string>>(
                name: "countries",
                table: "trials",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<string[]>(
                name: "intervention_types",
                table: "trials",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<int>(
                name: "sort_enrollment",
                table: "trials",
                type: "integer",
                nullable: false,
                computedColumnSql: "coalesce(enrollment_count, -1)",
                stored: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "sort_last_update",
                table: "trials",
                type: "date",
                nullable: false,
                computedColumnSql: "coalesce(last_update_post_date, '-infinity'::date)",
                stored: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "sort_start",
                table: "trials",
                type: "date",
                nullable: false,
                computedColumnSql: "coalesce(start_date, '-infinity'::date)",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "start_year",
                table: "trials",
                type: "integer",
                nullable: true,
                computedColumnSql: "extract(year from start_date)::integer",
                stored: true);

            // Backfill the new derived columns of trials stored before this migration
            // (new writes fill them through Trial.RefreshDerivedFields).
            migrationBuilder.Sql("""
                UPDATE trials t SET
                    countries = coalesce((SELECT array_agg(DISTINCT trim(l.country) ORDER BY trim(l.country)) FROM locations l
                                          WHERE l.trial_id = t.id AND coalesce(trim(l.country), '') <> ''), '{}'),
                    intervention_types = coalesce((SELECT array_agg(DISTINCT i.type ORDER BY i.type) FROM interventions i
                                                   WHERE i.trial_id = t.id), '{}');
                """);

            migrationBuilder.CreateIndex(
                name: "ix_trials_countries",
                table: "trials",
                column: "countries")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_trials_has_results",
                table: "trials",
                column: "has_results");

            migrationBuilder.CreateIndex(
                name: "ix_trials_intervention_types",
                table: "trials",
                column: "intervention_types")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_trials_sort_enrollment_id",
                table: "trials",
                columns: new[] { "sort_enrollment", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_trials_sort_last_update_id",
                table: "trials",
                columns: new[] { "sort_last_update", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_trials_sort_start_id",
                table: "trials",
                columns: new[] { "sort_start", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_trials_start_year",
                table: "trials",
                column: "start_year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_trials_countries",
                table: "trials");

            migrationBuilder.DropIndex(
                name: "ix_trials_has_results",
                table: "trials");

            migrationBuilder.DropIndex(
                name: "ix_trials_intervention_types",
                table: "trials");

            migrationBuilder.DropIndex(
                name: "ix_trials_sort_enrollment_id",
                table: "trials");

            migrationBuilder.DropIndex(
                name: "ix_trials_sort_last_update_id",
                table: "trials");

            migrationBuilder.DropIndex(
                name: "ix_trials_sort_start_id",
                table: "trials");

            migrationBuilder.DropIndex(
                name: "ix_trials_start_year",
                table: "trials");

            migrationBuilder.DropColumn(
                name: "sort_enrollment",
                table: "trials");

            migrationBuilder.DropColumn(
                name: "sort_last_update",
                table: "trials");

            migrationBuilder.DropColumn(
                name: "sort_start",
                table: "trials");

            migrationBuilder.DropColumn(
                name: "start_year",
                table: "trials");

            migrationBuilder.DropColumn(
                name: "countries",
                table: "trials");

            migrationBuilder.DropColumn(
                name: "intervention_types",
                table: "trials");
        }
    }
}
