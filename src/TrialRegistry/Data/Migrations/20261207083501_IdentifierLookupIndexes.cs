using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdentifierLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search box finds a trial by its organization's study id or a secondary id typed in any
            // case: exact lookups on upper(...), which EF Core cannot declare (expression indexes).
            migrationBuilder.Sql("CREATE INDEX ix_trials_org_study_id_upper ON trials (upper(org_study_id));");
            migrationBuilder.Sql("CREATE INDEX ix_trial_secondary_id_value_upper ON trial_secondary_id (upper(value));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_trial_secondary_id_value_upper;");
            migrationBuilder.Sql("DROP INDEX ix_trials_org_study_id_upper;");
        }
    }
}
