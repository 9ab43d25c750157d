using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrigramNameIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_products_normalized_name_trgm",
                table: "products",
                column: "normalized_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_product_aliases_normalized_name_trgm",
                table: "product_aliases",
                column: "normalized_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_normalized_name_trgm",
                table: "organizations",
                column: "normalized_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organization_aliases_normalized_name_trgm",
                table: "organization_aliases",
                column: "normalized_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_conditions_mesh_term_trgm",
                table: "conditions",
                column: "mesh_term")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_conditions_normalized_name_trgm",
                table: "conditions",
                column: "normalized_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_normalized_name_trgm",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_product_aliases_normalized_name_trgm",
                table: "product_aliases");

            migrationBuilder.DropIndex(
                name: "ix_organizations_normalized_name_trgm",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_organization_aliases_normalized_name_trgm",
                table: "organization_aliases");

            migrationBuilder.DropIndex(
                name: "ix_conditions_mesh_term_trgm",
                table: "conditions");

            migrationBuilder.DropIndex(
                name: "ix_conditions_normalized_name_trgm",
                table: "conditions");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
