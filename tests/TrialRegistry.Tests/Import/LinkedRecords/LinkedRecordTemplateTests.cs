using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.LinkedRecords;

namespace TrialRegistry.Tests.Import.LinkedRecordCsv;

/// <summary>Each template's example row imports as it stands: template and importer agree.</summary>
public sealed class LinkedRecordTemplateTests(LinkedRecordImportDatabase database) : IClassFixture<LinkedRecordImportDatabase>
{
    [Theory]
    [InlineData(LinkedRecordCsvKind.ClinicalResults)]
    [InlineData(LinkedRecordCsvKind.TranslationalMedicine)]
    [InlineData(LinkedRecordCsvKind.Patents)]
    [InlineData(LinkedRecordCsvKind.Deals)]
    public async Task The_template_is_the_header_and_one_example_row_that_imports_then_is_unchanged(LinkedRecordCsvKind kind)
    {
        var text = LinkedRecordCsvTemplates.Text(kind);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Join(",", LinkedRecordCsvColumns.For(kind)), lines[0]);
        Assert.Equal(LinkedRecordCsvTemplates.Encoding.GetPreamble(), LinkedRecordCsvTemplates.Bytes(kind)[..3]);
        Assert.Equal($"{kind.Slug()}-template.csv", LinkedRecordCsvTemplates.FileName(kind));

        var first = await database.ImportAsync(text, kind);
        var row = Assert.Single(first.Rows);
        Assert.True(first.Committed, string.Join("; ", first.Rows));
        Assert.Equal(LinkedRecordRowOutcome.New, row.Outcome);
        Assert.Equal(2, row.Row);

        var again = await database.ImportAsync(text, kind);
        Assert.Equal(LinkedRecordRowOutcome.Unchanged, Assert.Single(again.Rows).Outcome);
        Assert.Equal(row.RecordId, again.Rows[0].RecordId);
    }

    [Fact]
    public async Task The_patent_template_row_is_stored_field_by_field_with_its_links_and_audit_entry()
    {
        var report = await database.ImportAsync(LinkedRecordCsvTemplates.Text(LinkedRecordCsvKind.Patents).Replace("WO 2019/086573 A1", "WO 2019/086574 A1", StringComparison.Ordinal), LinkedRecordCsvKind.Patents);

        var id = Assert.Single(report.Rows).RecordId;
        await using var db = database.CreateContext();
        var patent = await db.Patents.Include(p => p.Products).Include(p => p.Assignees).Include(p => p.Trials).SingleAsync(p => p.Id == id);
        Assert.Equal("WO2019086574A1", patent.PublicationNumber);
        Assert.Equal("WO", patent.Jurisdiction);
        Assert.Equal("Example: umbilical cord mesenchymal stem cells for ARDS", patent.Title);
        Assert.Equal(PatentLegalStatus.Granted, patent.LegalStatus);
        Assert.Equal(PatentType.NewUse, patent.Type);
        Assert.Equal(new DateOnly(2018, 10, 30), patent.PriorityDate);
        Assert.Equal(new DateOnly(2019, 10, 29), patent.FilingDate);
        Assert.Equal(new DateOnly(2020, 5, 7), patent.PublicationDate);
        Assert.Equal(new DateOnly(2022, 3, 15), patent.GrantDate);
        Assert.Equal("https://example.org/patents/WO2019086573A1", patent.Url);
        Assert.Equal([LinkedRecordCsvTemplates.ExampleProduct], patent.Products.Select(p => p.Name));
        Assert.Equal([LinkedRecordCsvTemplates.ExampleOrganization], patent.Assignees.Select(a => a.Name));
        Assert.Equal([LinkedRecordCsvTemplates.ExampleTrial], patent.Trials.Select(t => t.RegistryId));

        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Patent" && a.EntityId == id.ToString());
        Assert.Equal(AuditSource.Import, audit.Source);
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("admin@example.org", audit.UserName);
        Assert.Equal("Imported patent WO2019086574A1 (records.csv, row 2)", audit.Summary);
    }
}
