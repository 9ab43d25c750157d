using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Validation;
using static TrialRegistry.Tests.LinkedRecordEditing.LinkedRecordValidatorTests;

// Not TrialRegistry.Tests.LinkedRecords: that namespace would hide TrialRegistry.LinkedRecords from the other test folders.
namespace TrialRegistry.Tests.LinkedRecordEditing;

public sealed class SaveLinkedRecordTests(LinkedRecordsDatabase database) : IClassFixture<LinkedRecordsDatabase>
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    [Fact]
    public async Task A_new_patent_is_stored_compact_linked_to_the_product_and_audited_in_the_same_transaction()
    {
        var draft = Patent(p =>
        {
            p.PublicationNumber = "wo 2019/100001 a1";
            p.Assignees = [OrganizationRef.ByName("APHP")];
            p.TrialRegistryIds = ["nct90000200"];
        });

        var result = await SaveAsync(draft, database.AphpInvestigator);

        var saved = Assert.IsType<SaveLinkedRecordResult.Saved>(result);
        await using var db = database.CreateContext();
        var patent = await db.Patents.Include(p => p.Products).Include(p => p.Assignees).Include(p => p.Trials).SingleAsync(p => p.Id == saved.Id);
        Assert.Equal("WO2019100001A1", patent.PublicationNumber);
        Assert.Equal("WO", patent.Jurisdiction);
        Assert.False(patent.IsSynthetic);
        Assert.Equal([database.ProductId], patent.Products.Select(p => p.Id));
        Assert.Equal([LinkedRecordsDatabase.Aphp], patent.Assignees.Select(a => a.Name));
        Assert.Equal([LinkedRecordsDatabase.Trial], patent.Trials.Select(t => t.RegistryId));
        Assert.Equal(new DateOnly(2018, 10, 30), patent.PriorityDate);

        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Patent" && a.EntityId == saved.Id.ToString());
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal(AuditSource.Editor, audit.Source);
        Assert.Equal(database.AphpInvestigator.UserId, audit.UserId);
        Assert.Equal("investigator@aphp.example.org", audit.UserName);
        Assert.Equal("203.0.113.7", audit.ClientAddress);
        Assert.Equal("Added patent WO2019100001A1", audit.Summary);
    }

    [Fact]
    public async Task An_invalid_draft_writes_nothing_and_says_what_is_wrong_where()
    {
        var before = await CountsAsync();
        var draft = Patent(p =>
        {
            p.PublicationNumber = "WO 2019/1000 A1";
            p.Assignees = [OrganizationRef.ByName("Unknown Biotech")];
            p.TrialRegistryIds = ["NCT99999999"];
        });

        var result = await SaveAsync(draft, database.AphpInvestigator);

        var invalid = Assert.IsType<SaveLinkedRecordResult.Invalid>(result);
        Assert.Equal(
            [
                new ValidationProblem("PublicationNumber", "WO (PCT) publication numbers have the year and a 6-digit serial number, e.g. WO 2019/123456 A1."),
                new ValidationProblem("Assignees[0]", "No organization named “Unknown Biotech” is registered: check the spelling, or choose one the list suggests."),
                new ValidationProblem("TrialRegistryIds[0]", "No trial with registry id “NCT99999999” is registered here."),
            ],
            invalid.Problems);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_investigator_of_an_unrelated_organization_is_forbidden_and_writes_nothing()
    {
        var before = await CountsAsync();

        var result = await SaveAsync(Patent(p => p.PublicationNumber = "WO2019100002A1"), database.UclInvestigator);

        Assert.IsType<SaveLinkedRecordResult.Forbidden>(result);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Forbidden_comes_before_validation_so_nothing_is_learnt_from_the_problems()
        => Assert.IsType<SaveLinkedRecordResult.Forbidden>(await SaveAsync(Patent(p => p.PublicationNumber = "nonsense"), database.UclInvestigator));

    [Fact]
    public async Task An_admin_may_add_records_to_any_product()
    {
        await using var db = database.CreateContext();
        var result = await SaveLinkedRecord.SaveAsync(db, database.UclProductId, Study(s => s.TrialRegistryIds = []), database.Admin, Today);

        Assert.IsType<SaveLinkedRecordResult.Saved>(result);
    }

    [Fact]
    public async Task Unknown_products_and_records_of_another_product_are_not_found()
    {
        var saved = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveAsync(Result(r => r.TrialRegistryIds = []), database.AphpInvestigator));
        await using var db = database.CreateContext();

        Assert.IsType<SaveLinkedRecordResult.NotFound>(await SaveLinkedRecord.SaveAsync(db, 999_999, Result(), database.Admin, Today));
        var elsewhere = Result(r => { r.Id = saved.Id; r.Version = 1; });
        Assert.IsType<SaveLinkedRecordResult.NotFound>(await SaveLinkedRecord.SaveAsync(db, database.UclProductId, elsewhere, database.Admin, Today));
        Assert.Null(await GetLinkedRecordDraft.ClinicalResultAsync(db, database.UclProductId, saved.Id));
        Assert.Null(await GetLinkedRecordDraft.PatentAsync(db, database.ProductId, saved.Id));
    }

    [Fact]
    public async Task An_edit_updates_the_record_and_audits_what_changed()
    {
        var saved = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveAsync(Deal(d => d.Parties[1].Organization = new OrganizationRef(database.UclId, null)), database.AphpInvestigator));
        DealDraft draft;
        await using (var db = database.CreateContext())
        {
            draft = (await GetLinkedRecordDraft.DealAsync(db, database.ProductId, saved.Id))!;
        }

        Assert.Equal("EUR", draft.Currency);
        Assert.Equal([(LinkedRecordsDatabase.Aphp, DealRole.Principal), (LinkedRecordsDatabase.Ucl, DealRole.Partner)], draft.Parties.Select(p => (p.Organization!.Name!, p.Role)));
        draft.Title = "Licence of the UC-MSC process, amended";
        draft.Currency = "usd";
        draft.Parties.RemoveAt(1);
        draft.TrialRegistryIds = [LinkedRecordsDatabase.Trial];

        var result = await SaveAsync(draft, database.AphpInvestigator);

        Assert.Equal(saved, result);
        await using var check = database.CreateContext();
        var deal = await check.Deals.Include(d => d.Parties).Include(d => d.Trials).SingleAsync(d => d.Id == saved.Id);
        Assert.Equal("Licence of the UC-MSC process, amended", deal.Title);
        Assert.Equal("USD", deal.Currency);
        Assert.Equal([(database.AphpId, DealRole.Principal)], deal.Parties.Select(p => (p.OrganizationId, p.Role)));
        Assert.Equal([LinkedRecordsDatabase.Trial], deal.Trials.Select(t => t.RegistryId));
        var audit = await check.AuditEntries.Where(a => a.EntityType == "Deal" && a.EntityId == saved.Id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update], audit.Select(a => a.Action));
        Assert.Equal("Edited deal “Licence of the UC-MSC process, amended”: title, currency, parties, trials", audit[1].Summary);
    }

    [Fact]
    public async Task Of_two_concurrent_edits_the_second_is_a_conflict_even_when_it_changes_only_links()
    {
        var saved = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveAsync(Study(s => s.TrialRegistryIds = [LinkedRecordsDatabase.Trial]), database.AphpInvestigator));
        TranslationalStudyDraft alice, bob;
        await using (var db = database.CreateContext())
        {
            alice = (await GetLinkedRecordDraft.TranslationalStudyAsync(db, database.ProductId, saved.Id))!;
            bob = (await GetLinkedRecordDraft.TranslationalStudyAsync(db, database.ProductId, saved.Id))!;
        }

        alice.Venue = "Cytotherapy";
        bob.Organizations = [OrganizationRef.ByName(LinkedRecordsDatabase.Ucl)];

        Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveAsync(alice, database.AphpInvestigator));
        var before = await CountsAsync();
        Assert.IsType<SaveLinkedRecordResult.Conflict>(await SaveAsync(bob, database.AphpInvestigator));

        await using var check = database.CreateContext();
        var study = await check.TranslationalStudies.Include(s => s.Organizations).SingleAsync(s => s.Id == saved.Id);
        Assert.Equal("Cytotherapy", study.Venue);
        Assert.Empty(study.Organizations);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_write_that_lands_between_the_check_and_the_update_is_caught_by_xmin_and_rolls_everything_back()
    {
        var saved = Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveAsync(Result(r => r.TrialRegistryIds = []), database.AphpInvestigator));
        ClinicalResultDraft draft;
        await using (var db = database.CreateContext())
        {
            draft = (await GetLinkedRecordDraft.ClinicalResultAsync(db, database.ProductId, saved.Id))!;
        }

        var before = await CountsAsync();
        draft.Indication = "COVID-19 ARDS";
        draft.Organizations = [OrganizationRef.ByName(LinkedRecordsDatabase.Ucl)];

        // The other write commits while this save is already past its own version check.
        var interloper = new WriteBeforeSave(database.ConnectionString, $"UPDATE clinical_results SET indication = 'ARDS' WHERE id = {saved.Id}");
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(options, database.ConnectionString).AddInterceptors(interloper);
        await using (var db = new RegistryDbContext(options.Options))
        {
            Assert.IsType<SaveLinkedRecordResult.Conflict>(await SaveLinkedRecord.SaveAsync(db, database.ProductId, draft, database.AphpInvestigator, Today));
        }

        Assert.True(interloper.Ran);
        await using var check = database.CreateContext();
        var stored = await check.ClinicalResults.Include(r => r.Organizations).SingleAsync(r => r.Id == saved.Id);
        Assert.Equal("ARDS", stored.Indication);
        Assert.Equal([LinkedRecordsDatabase.Aphp], stored.Organizations.Select(o => o.Name));
        Assert.Equal(before, await CountsAsync());
    }

    private sealed class WriteBeforeSave(string connectionString, string sql) : SaveChangesInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Ran)
            {
                Ran = true;
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }

    [Fact]
    public async Task A_publication_number_already_registered_is_refused()
    {
        Assert.IsType<SaveLinkedRecordResult.Saved>(await SaveAsync(Patent(p => p.PublicationNumber = "EP 3 100 003 A1"), database.AphpInvestigator));

        var result = await SaveAsync(Patent(p => p.PublicationNumber = "EP3100003A1"), database.AphpInvestigator);

        var invalid = Assert.IsType<SaveLinkedRecordResult.Invalid>(result);
        Assert.Equal(
            [new ValidationProblem("PublicationNumber", "The patent EP3100003A1 is already registered (“Umbilical cord mesenchymal stem cells for ARDS”): link that record to the product instead of adding it again.")],
            invalid.Problems);
    }

    [Fact]
    public async Task Linking_a_record_to_a_product_of_another_organization_needs_the_right_to_edit_that_product()
    {
        var result = await SaveAsync(Result(r => { r.TrialRegistryIds = []; r.ProductIds = [database.UclProductId]; }), database.AphpInvestigator);

        var invalid = Assert.IsType<SaveLinkedRecordResult.Invalid>(result);
        Assert.Equal([new ValidationProblem("ProductIds", "You may not change the records of “UCL cells”: only admins and members of its developers may.")], invalid.Problems);

        await using var db = database.CreateContext();
        var asAdmin = await SaveLinkedRecord.SaveAsync(db, database.ProductId, Result(r => { r.TrialRegistryIds = []; r.ProductIds = [database.UclProductId]; }), database.Admin, Today);
        var saved = Assert.IsType<SaveLinkedRecordResult.Saved>(asAdmin);
        await using var check = database.CreateContext();
        Assert.Equal(
            [database.ProductId, database.UclProductId],
            await check.ClinicalResults.Where(r => r.Id == saved.Id).SelectMany(r => r.Products).Select(p => p.Id).Order().ToListAsync());
    }

    private async Task<SaveLinkedRecordResult> SaveAsync<TDraft>(TDraft draft, Actor actor)
        where TDraft : LinkedRecordDraft
    {
        await using var db = database.CreateContext();
        return draft switch
        {
            ClinicalResultDraft d => await SaveLinkedRecord.SaveAsync(db, database.ProductId, d, actor, Today),
            TranslationalStudyDraft d => await SaveLinkedRecord.SaveAsync(db, database.ProductId, d, actor, Today),
            PatentDraft d => await SaveLinkedRecord.SaveAsync(db, database.ProductId, d, actor, Today),
            DealDraft d => await SaveLinkedRecord.SaveAsync(db, database.ProductId, d, actor, Today),
            _ => throw new ArgumentOutOfRangeException(nameof(draft)),
        };
    }

    /// <summary>Rows of every table an editor writes: equal before and after means nothing was written.</summary>
    private async Task<string> CountsAsync()
    {
        await using var db = database.CreateContext();
        return string.Join(
            " ",
            await db.ClinicalResults.CountAsync(),
            await db.TranslationalStudies.CountAsync(),
            await db.Patents.CountAsync(),
            await db.Deals.CountAsync(),
            await db.AuditEntries.CountAsync(),
            await db.Patents.SelectMany(p => p.Assignees).CountAsync(),
            await db.TranslationalStudies.SelectMany(s => s.Organizations).CountAsync());
    }
}
