using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.Import.Runs;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import.LinkedRecordCsv;

public sealed class ImportLinkedRecordsTests(LinkedRecordImportDatabase database) : IClassFixture<LinkedRecordImportDatabase>
{
    private const string ResultsHeader = "Products,Title,Source,Date,Indication,Phases,Outcome summary,DOI,PubMed id,Link,Organizations,Trials";

    [Fact]
    public async Task Clinical_results_are_linked_to_the_named_products_organizations_and_trials_and_a_reimport_changes_nothing()
    {
        var csv = $"""
            {ResultsHeader}
            UC-MSC,Results A,Publication,2023-03-01,ARDS,Phase 1|Phase 2,Safe.,10.1000/results-a,31015043,,APHP|University College London,NCT03562065
            uc-msc|EXO-1,Results B,press release,2023-04-02,,phase2,,,,https://example.org/b,Acme Biotech,NCT03562065|NCT04371393
            ExoFlo,Results C,Registry results,,,,,,,,,
            """;

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.ClinicalResults);

        Assert.True(report.Committed);
        Assert.Null(report.Error);
        Assert.Equal([LinkedRecordRowOutcome.New, LinkedRecordRowOutcome.New, LinkedRecordRowOutcome.New], report.Rows.Select(r => r.Outcome));
        Assert.Equal([2, 3, 4], report.Rows.Select(r => r.Row));
        await using (var db = database.CreateContext())
        {
            var results = await db.ClinicalResults.Include(r => r.Products).Include(r => r.Organizations).Include(r => r.Trials)
                .Where(r => r.Title.StartsWith("Results ")).OrderBy(r => r.Title).ToListAsync();
            Assert.Equal(["Results A", "Results B", "Results C"], results.Select(r => r.Title));
            var (a, b, c) = (results[0], results[1], results[2]);
            Assert.Equal([database.UcMscId], a.Products.Select(p => p.Id));
            Assert.Equal([LinkedRecordCsvTemplates.ExampleOrganization, LinkedRecordCsvTemplates.ExamplePartner], a.Organizations.Select(o => o.Name).Order());
            Assert.Equal(["NCT03562065"], a.Trials.Select(t => t.RegistryId));
            Assert.Equal([Phase.Phase1, Phase.Phase2], a.Phases);
            Assert.Equal(("10.1000/results-a", "31015043", "Safe.", "ARDS"), (a.Doi, a.PubMedId, a.OutcomeSummary, a.Indication));
            Assert.Equal(ClinicalResultSource.PressRelease, b.Source);
            Assert.Equal([database.UcMscId, database.ExoFloId], b.Products.Select(p => p.Id).Order());
            Assert.Equal([LinkedRecordImportDatabase.Acme], b.Organizations.Select(o => o.Name));
            Assert.Equal(["NCT03562065", LinkedRecordImportDatabase.SecondTrial], b.Trials.Select(t => t.RegistryId).Order());
            Assert.Equal("https://example.org/b", b.Url);
            Assert.Equal((ClinicalResultSource.RegistryResults, (DateOnly?)null), (c.Source, c.Date));
            Assert.Equal([database.ExoFloId], c.Products.Select(p => p.Id));
        }

        var counts = await database.CountsAsync();
        var again = await database.ImportAsync(csv, LinkedRecordCsvKind.ClinicalResults);
        Assert.All(again.Rows, r => Assert.Equal(LinkedRecordRowOutcome.Unchanged, r.Outcome));
        Assert.Equal(report.Rows.Select(r => r.RecordId), again.Rows.Select(r => r.RecordId));
        Assert.Equal(counts, await database.CountsAsync());

        // Matched by DOI, the changed title is an update; B (no DOI) by title and date.
        var changed = csv.Replace("Results A,", "Results A (final),", StringComparison.Ordinal).Replace(",Safe.,", ",Safe and active.,", StringComparison.Ordinal);
        var third = await database.ImportAsync(changed, LinkedRecordCsvKind.ClinicalResults);
        Assert.Equal([LinkedRecordRowOutcome.Updated, LinkedRecordRowOutcome.Unchanged, LinkedRecordRowOutcome.Unchanged], third.Rows.Select(r => r.Outcome));
        Assert.Equal(report.Rows[0].RecordId, third.Rows[0].RecordId);
        await using var check = database.CreateContext();
        var audit = await check.AuditEntries.Where(e => e.EntityType == "ClinicalResult" && e.EntityId == report.Rows[0].RecordId.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(AuditSource.Import, e.Source));
        Assert.Equal("Import updated clinical result “Results A (final)”: title, outcome summary (records.csv, row 2)", audit[1].Summary);
    }

    [Fact]
    public async Task Translational_studies_are_imported_with_their_links()
    {
        var csv = """
            Products,Title,Kind of study,Date,Journal or conference,Summary,DOI,PubMed id,Link,Organizations,Trials
            ExoFlo,Study A,In vivo,2020-01-02,Cytotherapy,Mice.,,,,Acme Biotech,NCT04371393
            UC-MSC,Study B,biomarker,2021-02-03,,,https://doi.org/10.1000/study-b,123,,APHP,
            """;

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.TranslationalMedicine);

        Assert.Equal(2, report.New);
        await using var db = database.CreateContext();
        var studies = await db.TranslationalStudies.Include(s => s.Products).Include(s => s.Organizations).Include(s => s.Trials)
            .Where(s => s.Title.StartsWith("Study ")).OrderBy(s => s.Title).ToListAsync();
        Assert.Equal((TranslationalStudyKind.InVivo, "Cytotherapy", "Mice."), (studies[0].Kind, studies[0].Venue, studies[0].Summary));
        Assert.Equal([database.ExoFloId], studies[0].Products.Select(p => p.Id));
        Assert.Equal([LinkedRecordImportDatabase.SecondTrial], studies[0].Trials.Select(t => t.RegistryId));
        Assert.Equal((TranslationalStudyKind.Biomarker, "10.1000/study-b", "123"), (studies[1].Kind, studies[1].Doi, studies[1].PubMedId));
        Assert.Equal([LinkedRecordCsvTemplates.ExampleOrganization], studies[1].Organizations.Select(o => o.Name));
        Assert.Equal(2, (await database.ImportAsync(csv, LinkedRecordCsvKind.TranslationalMedicine)).Unchanged);
    }

    [Fact]
    public async Task Patents_are_matched_by_publication_number_and_a_second_product_is_added_not_replaced()
    {
        const string Header = "Products,Publication number,Title,Legal status,Patent type,Priority date,Filing date,Publication date,Grant date,Abstract,Link,Assignees,Trials";
        var csv = $"""
            {Header}
            UC-MSC,EP 3 100 001 A1,Patent A,Pending,Process,2018-01-01,2019-01-01,2020-01-01,,,,APHP,
            ExoFlo,US 10123456 B2,Patent B,Granted,Formulation,,2017-01-01,2018-01-01,2019-06-01,An abstract.,,Acme Biotech|University College London,NCT04371393
            """;
        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.Patents);
        Assert.Equal(["EP3100001A1", "US10123456B2"], report.Rows.Select(r => r.Key));
        Assert.Equal(2, report.New);

        // The same EP patent named for ExoFlo, spelled otherwise: the one row, now of both products.
        var other = $"""
            {Header}
            ExoFlo,EP3100001A1,Patent A,Pending,Process,2018-01-01,2019-01-01,2020-01-01,,,,APHP,
            """;
        var update = await database.ImportAsync(other, LinkedRecordCsvKind.Patents);
        Assert.Equal(LinkedRecordRowOutcome.Updated, Assert.Single(update.Rows).Outcome);
        Assert.Equal(report.Rows[0].RecordId, update.Rows[0].RecordId);
        await using var db = database.CreateContext();
        var a = await db.Patents.Include(p => p.Products).SingleAsync(p => p.PublicationNumber == "EP3100001A1");
        Assert.Equal([database.UcMscId, database.ExoFloId], a.Products.Select(p => p.Id).Order());
        var b = await db.Patents.Include(p => p.Assignees).SingleAsync(p => p.PublicationNumber == "US10123456B2");
        Assert.Equal((PatentLegalStatus.Granted, PatentType.Formulation, (DateOnly?)new DateOnly(2019, 6, 1)), (b.LegalStatus, b.Type, b.GrantDate));
        Assert.Equal(2, b.Assignees.Count);
        Assert.Equal(2, (await database.ImportAsync(csv, LinkedRecordCsvKind.Patents)).Unchanged);
    }

    [Fact]
    public async Task Deals_take_principals_and_partners_from_their_columns()
    {
        var csv = """
            Products,Title,Date,Deal type,Status,Total value,Currency,Upfront payment,Milestone payments,Summary,Link,Principals,Partners,Trials
            UC-MSC,Deal A,2022-02-01,Co-development,Active,1000000.50,eur,250000,,,,APHP,Acme Biotech|University College London,NCT03562065
            ExoFlo,Deal B,2021-01-01,Acquisition,Completed,,,,,Bought.,,Acme Biotech,,
            """;

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.Deals);

        Assert.Equal(2, report.New);
        await using var db = database.CreateContext();
        var a = await db.Deals.Include(d => d.Parties).ThenInclude(p => p.Organization).Include(d => d.Trials).SingleAsync(d => d.Title == "Deal A");
        Assert.Equal((DealType.CoDevelopment, DealStatus.Active, (decimal?)1000000.50m, "EUR", (decimal?)250000m), (a.Type, a.Status, a.Value, a.Currency, a.Upfront));
        Assert.Equal(
            [(LinkedRecordCsvTemplates.ExampleOrganization, DealRole.Principal), (LinkedRecordImportDatabase.Acme, DealRole.Partner), (LinkedRecordCsvTemplates.ExamplePartner, DealRole.Partner)],
            a.Parties.OrderBy(p => p.Role).ThenBy(p => p.Organization.Name).Select(p => (p.Organization.Name, p.Role)));
        Assert.Equal(["NCT03562065"], a.Trials.Select(t => t.RegistryId));
        Assert.Equal(2, (await database.ImportAsync(csv, LinkedRecordCsvKind.Deals)).Unchanged);
    }

    [Fact]
    public async Task A_strict_file_with_an_invalid_row_writes_nothing_and_names_each_row_column_and_problem()
    {
        var csv = $"""
            {ResultsHeader}
            UC-MSC,Strict A,Publication,2023-03-01,,,,,,,,
            UC-MSC,Strict B,Paper,03/01/2023,,Phase 9,,,12ab,,Nobody Inc,NCT03562065|NCT99999999
            Unknown product,,Conference,2030-01-01,,,,,,,,
            UC-MSC,Strict D,Conference,2023-03-04,,,,,,,,
            """;
        var before = await database.CountsAsync();

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.ClinicalResults);

        Assert.False(report.Committed);
        Assert.Equal(before, await database.CountsAsync());
        Assert.Equal([3, 4], report.InvalidRows.Select(r => r.Row));
        Assert.Equal(
            [
                new LinkedRecordRowProblem("Source", null, "“Paper” is not a source: use one of Publication, Conference, Press release, Registry results."),
                new LinkedRecordRowProblem("Date", null, "“03/01/2023” is not a date: write dates as yyyy-MM-dd, e.g. 2023-03-01."),
                new LinkedRecordRowProblem("Phases", null, "“Phase 9” is not one of Not applicable, Early phase 1, Phase 1, Phase 2, Phase 3, Phase 4."),
                new LinkedRecordRowProblem("PubMed id", null, "A PubMed id (PMID) is 1 to 8 digits, not starting with 0, e.g. 31015043."),
                new LinkedRecordRowProblem("Organizations", 1, "No organization named “Nobody Inc” is registered: check the spelling, or choose one the list suggests."),
                new LinkedRecordRowProblem("Trials", 2, "No trial with registry id “NCT99999999” is registered here."),
            ],
            report.Rows[1].Problems);
        Assert.Equal(
            [
                new LinkedRecordRowProblem("Products", null, "No product named “Unknown product” is registered: products are matched by name or alias."),
                new LinkedRecordRowProblem("Title", null, "Enter the title."),
                new LinkedRecordRowProblem("Date", null, "The date 2030-01-01 is in the future: enter the date it happened."),
            ],
            report.Rows[2].Problems);
        Assert.Equal("Row 3 (“Strict B” (no date)): Source: “Paper” is not a source: use one of Publication, Conference, Press release, Registry results.", report.Rows[1].ToString().Split("; ")[0]);
    }

    [Fact]
    public async Task A_deal_row_reports_empty_choices_bad_amounts_and_unknown_parties_by_column()
    {
        var csv = """
            Products,Title,Date,Deal type,Status,Total value,Currency,Upfront payment,Milestone payments,Summary,Link,Principals,Partners,Trials
            UC-MSC,Deal X,2022-02-01,,Active,"1,000",EUR,,,,,APHP,Acme Biotech|Nobody Inc,
            """;

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.Deals, ImportMode.Lenient);

        Assert.Equal(
            [
                new LinkedRecordRowProblem("Deal type", null, "Enter the deal type: one of Licensing, Collaboration, Co-development, Acquisition, Merger, Option, Supply, Manufacturing, Grant, Other."),
                new LinkedRecordRowProblem("Total value", null, "“1,000” is not an amount: write digits with a decimal point and no thousands separators, e.g. 1500000.50."),
                new LinkedRecordRowProblem("Partners", 2, "No organization named “Nobody Inc” is registered: check the spelling, or choose one the list suggests."),
            ],
            Assert.Single(report.InvalidRows).Problems);
        Assert.Equal(0, report.New);
    }

    [Fact]
    public async Task A_lenient_file_commits_the_valid_rows_and_reports_the_others()
    {
        var csv = $"""
            {ResultsHeader}
            UC-MSC,Lenient A,Publication,2023-03-01,,,,,,,,
            UC-MSC,Lenient B,Publication,2023-03-01,,,,bad-doi,,,,
            UC-MSC,Lenient C,Publication,2023-03-02,,,,,,,,
            """;

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.ClinicalResults, ImportMode.Lenient);

        Assert.True(report.Committed);
        Assert.Equal((2, 1), (report.New, report.Invalid));
        var invalid = Assert.Single(report.InvalidRows);
        Assert.Equal(3, invalid.Row);
        Assert.Equal("DOI", Assert.Single(invalid.Problems).Column);
        await using var db = database.CreateContext();
        Assert.Equal(["Lenient A", "Lenient C"], await db.ClinicalResults.Where(r => r.Title.StartsWith("Lenient")).OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_and_writes_nothing()
    {
        var before = await database.CountsAsync();
        var report = await database.ImportAsync(LinkedRecordCsvTemplates.Text(LinkedRecordCsvKind.Deals), LinkedRecordCsvKind.Deals, dryRun: true);
        Assert.Equal((1, false), (report.New, report.Committed));
        Assert.Equal(before, await database.CountsAsync());
    }

    [Fact]
    public async Task A_wrong_header_names_the_unknown_and_missing_columns_and_writes_nothing()
    {
        var csv = "Products,Title,Sauce,Date,Indication,Phases,Outcome summary,DOI,Link,Organizations,Trials,Extra\nUC-MSC,T,Publication,,,,,,,,,\n";
        var before = await database.CountsAsync();

        var report = await database.ImportAsync(csv, LinkedRecordCsvKind.ClinicalResults);

        Assert.False(report.Committed);
        Assert.Empty(report.Rows);
        Assert.Equal(
            "The header is not the clinical results template's: unknown column(s) “Sauce”, “Extra”; missing column(s) “Source”, “PubMed id”. "
            + "The columns are: “Products”, “Title”, “Source”, “Date”, “Indication”, “Phases”, “Outcome summary”, “DOI”, “PubMed id”, “Link”, “Organizations”, “Trials”.",
            report.Error);
        Assert.Equal(before, await database.CountsAsync());
    }

    [Fact]
    public async Task An_empty_or_malformed_file_or_a_non_admin_gets_a_message_and_writes_nothing()
    {
        var before = await database.CountsAsync();
        Assert.Equal("The file is empty: it has no header row. Start from the patents template.", (await database.ImportAsync(string.Empty, LinkedRecordCsvKind.Patents)).Error);
        var malformed = await database.ImportAsync($"{ResultsHeader}\nUC-MSC,\"Unclosed,Publication,,,,,,,,,\n", LinkedRecordCsvKind.ClinicalResults);
        Assert.StartsWith("The file is not valid CSV", malformed.Error);
        var investigator = new Actor("u1", "investigator@example.org", IsAdmin: false);
        Assert.Equal("Only admins may import records.", (await database.ImportAsync(LinkedRecordCsvTemplates.Text(LinkedRecordCsvKind.Deals), LinkedRecordCsvKind.Deals, actor: investigator)).Error);
        Assert.Equal(before, await database.CountsAsync());
    }
}
