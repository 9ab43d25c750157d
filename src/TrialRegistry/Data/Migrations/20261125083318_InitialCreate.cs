using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace TrialRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinical_results",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    indication = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    phases = table.Column<string[]>(type: "text[]", nullable: false),
                    outcome_summary = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    doi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conditions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    mesh_term = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    mesh_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conditions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    type = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    upfront = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    milestones = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    summary = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    @class = table.Column<string>(name: "class", type: "text", nullable: false),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    publication_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    legal_status = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    priority_date = table.Column<DateOnly>(type: "date", nullable: true),
                    filing_date = table.Column<DateOnly>(type: "date", nullable: true),
                    publication_date = table.Column<DateOnly>(type: "date", nullable: true),
                    @abstract = table.Column<string>(name: "abstract", type: "text", nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "translational_studies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    venue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    doi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_translational_studies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clinical_result_organizations",
                columns: table => new
                {
                    clinical_result_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_result_organizations", x => new { x.clinical_result_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_clinical_result_organizations_clinical_results_clinical_res",
                        column: x => x.clinical_result_id,
                        principalTable: "clinical_results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_clinical_result_organizations_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deal_party",
                columns: table => new
                {
                    deal_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deal_party", x => new { x.deal_id, x.organization_id, x.role });
                    table.ForeignKey(
                        name: "fk_deal_party_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_deal_party_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_aliases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_aliases_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trials",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registry_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    org_study_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    brief_title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    official_title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    acronym = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    overall_status = table.Column<string>(type: "text", nullable: false),
                    last_known_status = table.Column<string>(type: "text", nullable: true),
                    why_stopped = table.Column<string>(type: "text", nullable: true),
                    study_type = table.Column<string>(type: "text", nullable: false),
                    phases = table.Column<string[]>(type: "text[]", nullable: false),
                    enrollment_count = table.Column<int>(type: "integer", nullable: true),
                    enrollment_type = table.Column<string>(type: "text", nullable: true),
                    study_first_submit_date = table.Column<DateOnly>(type: "date", nullable: true),
                    last_update_submit_date = table.Column<DateOnly>(type: "date", nullable: true),
                    brief_summary = table.Column<string>(type: "text", nullable: true),
                    detailed_description = table.Column<string>(type: "text", nullable: true),
                    keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    is_investigator_initiated = table.Column<bool>(type: "boolean", nullable: false),
                    has_results = table.Column<bool>(type: "boolean", nullable: false),
                    responsible_party_type = table.Column<string>(type: "text", nullable: true),
                    responsible_investigator = table.Column<string>(type: "text", nullable: true),
                    lead_sponsor_id = table.Column<int>(type: "integer", nullable: false),
                    search_terms = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_record = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    source_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('english'::regconfig, coalesce(brief_title, '') || ' ' || coalesce(official_title, '') || ' ' || coalesce(acronym, '')), 'A')\n|| setweight(to_tsvector('english'::regconfig, coalesce(search_terms, '')), 'B')\n|| setweight(to_tsvector('english'::regconfig, coalesce(brief_summary, '') || ' ' || coalesce(detailed_description, '')), 'C')", stored: true),
                    completion_date = table.Column<DateOnly>(type: "date", nullable: true),
                    completion_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    completion_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    design_allocation = table.Column<string>(type: "text", nullable: true),
                    design_intervention_model = table.Column<string>(type: "text", nullable: true),
                    design_intervention_model_description = table.Column<string>(type: "text", nullable: true),
                    design_masking = table.Column<string>(type: "text", nullable: true),
                    design_masking_description = table.Column<string>(type: "text", nullable: true),
                    design_observational_model = table.Column<string>(type: "text", nullable: true),
                    design_primary_purpose = table.Column<string>(type: "text", nullable: true),
                    design_time_perspective = table.Column<string>(type: "text", nullable: true),
                    design_who_masked = table.Column<string[]>(type: "text[]", nullable: false),
                    eligibility_criteria = table.Column<string>(type: "text", nullable: true),
                    eligibility_healthy_volunteers = table.Column<bool>(type: "boolean", nullable: true),
                    eligibility_maximum_age = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    eligibility_minimum_age = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    eligibility_sex = table.Column<string>(type: "text", nullable: true),
                    eligibility_standard_ages = table.Column<string[]>(type: "text[]", nullable: false),
                    eligibility_study_population = table.Column<string>(type: "text", nullable: true),
                    last_update_post_date = table.Column<DateOnly>(type: "date", nullable: true),
                    last_update_post_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    last_update_post_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    primary_completion_date = table.Column<DateOnly>(type: "date", nullable: true),
                    primary_completion_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    primary_completion_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    results_first_post_date = table.Column<DateOnly>(type: "date", nullable: true),
                    results_first_post_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    results_first_post_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    start_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    start_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    status_verified_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status_verified_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    status_verified_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    study_first_post_date = table.Column<DateOnly>(type: "date", nullable: true),
                    study_first_post_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    study_first_post_date_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trials", x => x.id);
                    table.ForeignKey(
                        name: "fk_trials_organizations_lead_sponsor_id",
                        column: x => x.lead_sponsor_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patent_assignees",
                columns: table => new
                {
                    patent_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patent_assignees", x => new { x.patent_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_patent_assignees_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patent_assignees_patents_patent_id",
                        column: x => x.patent_id,
                        principalTable: "patents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clinical_result_products",
                columns: table => new
                {
                    clinical_result_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_result_products", x => new { x.clinical_result_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_clinical_result_products_clinical_results_clinical_result_id",
                        column: x => x.clinical_result_id,
                        principalTable: "clinical_results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_clinical_result_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deal_products",
                columns: table => new
                {
                    deal_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deal_products", x => new { x.deal_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_deal_products_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_deal_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patent_products",
                columns: table => new
                {
                    patent_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patent_products", x => new { x.patent_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_patent_products_patents_patent_id",
                        column: x => x.patent_id,
                        principalTable: "patents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patent_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_aliases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_product_aliases_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_developers",
                columns: table => new
                {
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_developers", x => new { x.product_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_product_developers_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_product_developers_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "translational_study_organizations",
                columns: table => new
                {
                    translational_study_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_translational_study_organizations", x => new { x.translational_study_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_translational_study_organizations_organizations_organizatio",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_translational_study_organizations_translational_studies_tra",
                        column: x => x.translational_study_id,
                        principalTable: "translational_studies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "translational_study_products",
                columns: table => new
                {
                    translational_study_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_translational_study_products", x => new { x.translational_study_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_translational_study_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_translational_study_products_translational_studies_translat",
                        column: x => x.translational_study_id,
                        principalTable: "translational_studies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arm",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    type = table.Column<string>(type: "text", nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    intervention_names = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arm", x => x.id);
                    table.ForeignKey(
                        name: "fk_arm_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clinical_result_trials",
                columns: table => new
                {
                    clinical_result_id = table.Column<int>(type: "integer", nullable: false),
                    trial_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_result_trials", x => new { x.clinical_result_id, x.trial_id });
                    table.ForeignKey(
                        name: "fk_clinical_result_trials_clinical_results_clinical_result_id",
                        column: x => x.clinical_result_id,
                        principalTable: "clinical_results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_clinical_result_trials_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deal_trials",
                columns: table => new
                {
                    deal_id = table.Column<int>(type: "integer", nullable: false),
                    trial_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deal_trials", x => new { x.deal_id, x.trial_id });
                    table.ForeignKey(
                        name: "fk_deal_trials_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_deal_trials_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    other_names = table.Column<List<string>>(type: "text[]", nullable: false),
                    arm_group_labels = table.Column<List<string>>(type: "text[]", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interventions", x => x.id);
                    table.ForeignKey(
                        name: "fk_interventions_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_interventions_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    facility = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    city = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    state = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    zip = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_locations_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outcome",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    measure = table.Column<string>(type: "text", nullable: false),
                    time_frame = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome", x => x.id);
                    table.ForeignKey(
                        name: "fk_outcome_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patent_trials",
                columns: table => new
                {
                    patent_id = table.Column<int>(type: "integer", nullable: false),
                    trial_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patent_trials", x => new { x.patent_id, x.trial_id });
                    table.ForeignKey(
                        name: "fk_patent_trials_patents_patent_id",
                        column: x => x.patent_id,
                        principalTable: "patents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patent_trials_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "translational_study_trials",
                columns: table => new
                {
                    translational_study_id = table.Column<int>(type: "integer", nullable: false),
                    trial_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_translational_study_trials", x => new { x.translational_study_id, x.trial_id });
                    table.ForeignKey(
                        name: "fk_translational_study_trials_translational_studies_translatio",
                        column: x => x.translational_study_id,
                        principalTable: "translational_studies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_translational_study_trials_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trial_collaborator",
                columns: table => new
                {
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_collaborator", x => new { x.trial_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_trial_collaborator_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trial_collaborator_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trial_condition",
                columns: table => new
                {
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    condition_id = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_condition", x => new { x.trial_id, x.condition_id });
                    table.ForeignKey(
                        name: "fk_trial_condition_conditions_condition_id",
                        column: x => x.condition_id,
                        principalTable: "conditions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trial_condition_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trial_contact",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    role = table.Column<string>(type: "text", nullable: true),
                    affiliation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    phone = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_contact", x => x.id);
                    table.ForeignKey(
                        name: "fk_trial_contact_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trial_secondary_id",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    domain = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    link = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_secondary_id", x => x.id);
                    table.ForeignKey(
                        name: "fk_trial_secondary_id_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trial_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trial_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    change_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    snapshot = table.Column<JsonDocument>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_trial_versions_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_arm_trial_id",
                table: "arm",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_result_organizations_organization_id",
                table: "clinical_result_organizations",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_result_products_product_id",
                table: "clinical_result_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_result_trials_trial_id",
                table: "clinical_result_trials",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_results_date",
                table: "clinical_results",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_conditions_mesh_term",
                table: "conditions",
                column: "mesh_term");

            migrationBuilder.CreateIndex(
                name: "ix_conditions_normalized_name",
                table: "conditions",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deal_party_organization_id",
                table: "deal_party",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_deal_products_product_id",
                table: "deal_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_deal_trials_trial_id",
                table: "deal_trials",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_deals_date",
                table: "deals",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_interventions_product_id",
                table: "interventions",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_interventions_trial_id",
                table: "interventions",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_interventions_type",
                table: "interventions",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "ix_locations_country",
                table: "locations",
                column: "country");

            migrationBuilder.CreateIndex(
                name: "ix_locations_trial_id",
                table: "locations",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_aliases_normalized_name",
                table: "organization_aliases",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organization_aliases_organization_id",
                table: "organization_aliases",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_normalized_name",
                table: "organizations",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outcome_trial_id",
                table: "outcome",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_patent_assignees_organization_id",
                table: "patent_assignees",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_patent_products_product_id",
                table: "patent_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_patent_trials_trial_id",
                table: "patent_trials",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_patents_publication_date",
                table: "patents",
                column: "publication_date");

            migrationBuilder.CreateIndex(
                name: "ix_patents_publication_number",
                table: "patents",
                column: "publication_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_aliases_normalized_name",
                table: "product_aliases",
                column: "normalized_name");

            migrationBuilder.CreateIndex(
                name: "ix_product_aliases_product_id",
                table: "product_aliases",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_product_developers_organization_id",
                table: "product_developers",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_normalized_name",
                table: "products",
                column: "normalized_name");

            migrationBuilder.CreateIndex(
                name: "ix_translational_studies_date",
                table: "translational_studies",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_translational_study_organizations_organization_id",
                table: "translational_study_organizations",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_translational_study_products_product_id",
                table: "translational_study_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_translational_study_trials_trial_id",
                table: "translational_study_trials",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_trial_collaborator_organization_id",
                table: "trial_collaborator",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_trial_condition_condition_id",
                table: "trial_condition",
                column: "condition_id");

            migrationBuilder.CreateIndex(
                name: "ix_trial_contact_trial_id",
                table: "trial_contact",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_trial_secondary_id_trial_id",
                table: "trial_secondary_id",
                column: "trial_id");

            migrationBuilder.CreateIndex(
                name: "ix_trial_secondary_id_value",
                table: "trial_secondary_id",
                column: "value");

            migrationBuilder.CreateIndex(
                name: "ix_trial_versions_trial_id_number",
                table: "trial_versions",
                columns: new[] { "trial_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trials_lead_sponsor_id",
                table: "trials",
                column: "lead_sponsor_id");

            migrationBuilder.CreateIndex(
                name: "ix_trials_overall_status",
                table: "trials",
                column: "overall_status");

            migrationBuilder.CreateIndex(
                name: "ix_trials_phases",
                table: "trials",
                column: "phases")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_trials_registry_id",
                table: "trials",
                column: "registry_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trials_search_vector",
                table: "trials",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_trials_study_type",
                table: "trials",
                column: "study_type");

            migrationBuilder.CreateIndex(
                name: "ix_trials_updated_at",
                table: "trials",
                column: "updated_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arm");

            migrationBuilder.DropTable(
                name: "clinical_result_organizations");

            migrationBuilder.DropTable(
                name: "clinical_result_products");

            migrationBuilder.DropTable(
                name: "clinical_result_trials");

            migrationBuilder.DropTable(
                name: "deal_party");

            migrationBuilder.DropTable(
                name: "deal_products");

            migrationBuilder.DropTable(
                name: "deal_trials");

            migrationBuilder.DropTable(
                name: "interventions");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "organization_aliases");

            migrationBuilder.DropTable(
                name: "outcome");

            migrationBuilder.DropTable(
                name: "patent_assignees");

            migrationBuilder.DropTable(
                name: "patent_products");

            migrationBuilder.DropTable(
                name: "patent_trials");

            migrationBuilder.DropTable(
                name: "product_aliases");

            migrationBuilder.DropTable(
                name: "product_developers");

            migrationBuilder.DropTable(
                name: "translational_study_organizations");

            migrationBuilder.DropTable(
                name: "translational_study_products");

            migrationBuilder.DropTable(
                name: "translational_study_trials");

            migrationBuilder.DropTable(
                name: "trial_collaborator");

            migrationBuilder.DropTable(
                name: "trial_condition");

            migrationBuilder.DropTable(
                name: "trial_contact");

            migrationBuilder.DropTable(
                name: "trial_secondary_id");

            migrationBuilder.DropTable(
                name: "trial_versions");

            migrationBuilder.DropTable(
                name: "clinical_results");

            migrationBuilder.DropTable(
                name: "deals");

            migrationBuilder.DropTable(
                name: "patents");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "translational_studies");

            migrationBuilder.DropTable(
                name: "conditions");

            migrationBuilder.DropTable(
                name: "trials");

            migrationBuilder.DropTable(
                name: "organizations");
        }
    }
}
