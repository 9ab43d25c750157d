using Microsoft.EntityFrameworkCore;
using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Validation;
using static TrialRegistry.Tests.LinkedRecordEditing.LinkedRecordValidatorTests;

// Not TrialRegistry.Tests.LinkedRecords: that namespace would hide TrialRegistry.LinkedRecords from the other test folders.
namespace TrialRegistry.Tests.LinkedRecordEditing;

/// <summary>The fields added after issue 5: the PubMed id of results and studies, the grant date of patents.</summary>
public sealed class PubMedIdAndGrantDateTests(LinkedRecordsDatabase database) : IClassFixture<LinkedRecordsDatabase>
{
    private const string PubMedMessage = "A PubMed id (PMID) is 1 to 8 digits, not starting with 0, e.g. 31015043.";
    private static readonly DateOnly Today = new(2024, 6, 1);

    [Theory]
    [InlineData("31015043")]
    [InlineData(" 7 ")]
    [InlineData("99999999")]
    public void A_pubmed_id_of_1_to_8_digits_is_valid(string id)
    {
        Assert.Empty(LinkedRecordValidator.Validate(Result(r => r.PubMedId = id), Today));
        Assert.Empty(LinkedRecordValidator.Validate(Study(s => s.PubMedId = id), Today));
    }

    [Theory]
    [InlineData("PMID:31015043")]
    [InlineData("123456789")]
    [InlineData("0123")]
    [InlineData("3101504a")]
    [InlineData("31 015 043")]
    public void Any_other_pubmed_id_is_refused_with_the_format(string id)
    {
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.PubMedId = id), Today), "PubMedId", PubMedMessage);
        AssertProblem(LinkedRecordValidator.Validate(Study(s => s.PubMedId = id), Today), "PubMedId", PubMedMessage);
    }

    [Fact]
    public void The_grant_date_is_not_before_the_filing_or_publication_nor_in_the_future()
    {
        var granted = (Action<PatentDraft> change) => Patent(p => { p.LegalStatus = PatentLegalStatus.Granted; change(p); });
        AssertProblem(LinkedRecordValidator.Validate(granted(p => p.GrantDate = new DateOnly(2020, 1, 1)), Today),
            "GrantDate", "The grant date (2020-01-01) is before the publication date (2020-05-07); it must be on or after it.");
        AssertProblem(LinkedRecordValidator.Validate(granted(p => { p.PublicationDate = null; p.LegalStatus = PatentLegalStatus.Lapsed; p.GrantDate = new DateOnly(2019, 1, 1); }), Today),
            "GrantDate", "The grant date (2019-01-01) is before the filing date (2019-10-29); it must be on or after it.");
        AssertProblem(LinkedRecordValidator.Validate(granted(p => p.GrantDate = Today.AddDays(1)), Today),
            "GrantDate", "The grant date 2024-06-02 is in the future: enter the date it happened.");
        Assert.Empty(LinkedRecordValidator.Validate(granted(p => p.GrantDate = new DateOnly(2020, 5, 7)), Today));
    }

    [Fact]
    public void A_granted_patent_may_lack_its_grant_date_but_a_pending_one_has_none()
    {
        Assert.Empty(LinkedRecordValidator.Validate(Patent(p => p.LegalStatus = PatentLegalStatus.Granted), Today));
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.GrantDate = new DateOnly(2022, 3, 1)), Today),
            "GrantDate", "A pending patent has not been granted: clear the grant date, or change the legal status.");
    }

    [Fact]
    public async Task The_new_fields_survive_a_save_and_reload_and_edits_are_audited()
    {
        await using var db = database.CreateContext();
        var result = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveLinkedRecord.SaveAsync(
            db, database.ProductId, Result(r => { r.PubMedId = " 31015043 "; r.TrialRegistryIds = []; r.Organizations = []; }), database.Admin, Today));
        var study = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveLinkedRecord.SaveAsync(
            db, database.ProductId, Study(s => { s.PubMedId = "32345678"; s.TrialRegistryIds = []; }), database.Admin, Today));
        var patent = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveLinkedRecord.SaveAsync(
            db, database.ProductId, Patent(p => { p.PublicationNumber = "WO2019300001A1"; p.LegalStatus = PatentLegalStatus.Granted; p.GrantDate = new DateOnly(2021, 2, 3); }), database.Admin, Today));

        await using var reread = database.CreateContext();
        var resultDraft = (await GetLinkedRecordDraft.ClinicalResultAsync(reread, database.ProductId, result.Id))!;
        Assert.Equal("31015043", resultDraft.PubMedId);
        Assert.Equal("32345678", (await GetLinkedRecordDraft.TranslationalStudyAsync(reread, database.ProductId, study.Id))!.PubMedId);
        var patentDraft = (await GetLinkedRecordDraft.PatentAsync(reread, database.ProductId, patent.Id))!;
        Assert.Equal(new DateOnly(2021, 2, 3), patentDraft.GrantDate);

        patentDraft.GrantDate = new DateOnly(2021, 3, 4);
        Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveLinkedRecord.SaveAsync(reread, database.ProductId, patentDraft, database.Admin, Today));
        await using var check = database.CreateContext();
        Assert.Equal(new DateOnly(2021, 3, 4), (await check.Patents.SingleAsync(p => p.Id == patent.Id)).GrantDate);
        var audit = await check.AuditEntries.Where(a => a.EntityType == "Patent" && a.EntityId == patent.Id.ToString()).OrderBy(a => a.Id).LastAsync();
        Assert.Equal("Edited patent WO2019300001A1: grant date", audit.Summary);
    }

    private static void AssertProblem(IReadOnlyList<ValidationProblem> problems, string field, string message)
        => Assert.Equal([new ValidationProblem(field, message)], problems);
}
