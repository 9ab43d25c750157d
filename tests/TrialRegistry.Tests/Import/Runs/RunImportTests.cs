using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Import.Runs;
using TrialRegistry.Import.Sources;
using TrialRegistry.Testing;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;
using static TrialRegistry.Tests.Import.Runs.ImportItems;

namespace TrialRegistry.Tests.Import.Runs;

/// <summary>
/// The import engine on real PostgreSQL. The tests share one database: each imports trials under
/// ids of its own (NCT910xxxxx), and "wrote nothing" compares every table's row count before and after.
/// </summary>
public sealed class RunImportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] FixtureNames = ["NCT00763412", "NCT03453554", "NCT04207047", "NCT06171568"];

    [Fact]
    public async Task Importing_the_fixtures_creates_the_trials_each_with_an_import_version_and_the_run_one_audit_entry()
    {
        var studies = FixtureNames.Select(id => (object)Study($"ctgov/v2-json/{id}.json")).ToArray();

        var result = await ImportAsync(Read(studies));

        Assert.Equal(ImportRunStatus.Succeeded, result.Run.Status);
        Assert.Equal(4, result.Report.Count(ImportOutcome.New));
        Assert.All(result.Report.Lines, l => Assert.Equal(ImportOutcome.New, l.Outcome));
        await using var db = database.CreateContext();
        var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == result.Run.Id);
        Assert.Equal(
            (ImportRunStatus.Succeeded, ImportMode.Strict, false, 4, 4, 0, 0, "command line"),
            (run.Status, run.Mode, run.IsDryRun, run.RecordsRead, run.New, run.Updated, run.Invalid, run.StartedBy));
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(["studies.json"], run.Files);
        Assert.Equal(4, run.Report!.RootElement.GetProperty("lines").GetArrayLength());

        var trials = await db.Trials.AsNoTracking().Where(t => FixtureNames.Contains(t.RegistryId)).ToListAsync();
        Assert.Equal(FixtureNames.Order(), trials.Select(t => t.RegistryId).Order());
        Assert.All(trials, t => Assert.Equal("ctgov-v2-json", t.Source));
        var trialIds = trials.Select(t => t.Id).ToList();

        // History starts at a trial's first change (ADR 0019): the test below shows version 1 appear then.
        Assert.False(await db.TrialVersions.AnyAsync(v => trialIds.Contains(v.TrialId)));
        Assert.All(trials, t => Assert.Equal(run.StartedAt, t.CreatedAt, TimeSpan.FromMinutes(1)));

        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "ImportRun" && a.EntityId == run.Id.ToString());
        Assert.Equal((AuditAction.Create, AuditSource.Import, "command line"), (audit.Action, audit.Source, audit.UserName));
        Assert.Equal("strict: 4 new, 0 updated, 0 unchanged, 0 stale, 0 conflicts, 0 invalid (of 4 read)", audit.Summary);
    }

    [Fact]
    public async Task Importing_the_same_records_twice_changes_nothing_the_second_time()
    {
        object[] studies = [Study(nctId: "NCT91000001"), Study("ctgov/v2-json/NCT04207047.json", "NCT91000002")];
        await ImportAsync(Read(studies));
        var countsBefore = await RowCounts.ReadAsync(database);
        var tokensBefore = await TokensAsync("NCT91000001", "NCT91000002");

        var second = await ImportAsync(Read(studies));

        Assert.Equal(ImportRunStatus.Succeeded, second.Run.Status);
        Assert.Equal(2, second.Report.Count(ImportOutcome.Unchanged));
        Assert.Equal(2, second.Run.Unchanged);
        Assert.Equal(countsBefore, await RowCounts.ReadAsync(database));
        Assert.Equal(tokensBefore, await TokensAsync("NCT91000001", "NCT91000002"));
    }

    [Fact]
    public async Task A_changed_record_updates_the_trial_and_adds_an_import_version_with_the_new_state()
    {
        var study = Study(nctId: "NCT91000011");
        var original = Identification(study)["briefTitle"]!.GetValue<string>();
        var first = await ImportAsync(Read(study));
        await using var before = database.CreateContext();
        var imported = await before.Trials.AsNoTracking().SingleAsync(t => t.RegistryId == "NCT91000011");

        Identification(study)["briefTitle"] = "Metformin for pre-diabetes in cystic fibrosis (retitled)";
        var second = await ImportAsync(Read(study));

        Assert.Equal(ImportOutcome.Updated, Assert.Single(second.Report.Lines).Outcome);
        Assert.Equal(1, second.Run.Updated);
        await using var db = database.CreateContext();
        var trial = await db.Trials.AsNoTracking().SingleAsync(t => t.RegistryId == "NCT91000011");
        Assert.Equal("Metformin for pre-diabetes in cystic fibrosis (retitled)", trial.BriefTitle);
        Assert.Equal((imported.Id, imported.CreatedAt), (trial.Id, trial.CreatedAt));
        Assert.True(trial.UpdatedAt > imported.UpdatedAt);
        Assert.NotEqual(imported.SourceHash, trial.SourceHash);
        var versions = await db.TrialVersions.AsNoTracking().Where(v => v.TrialId == trial.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([(1, ChangeSource.Import), (2, ChangeSource.Import)], versions.Select(v => (v.Number, v.Source)).ToList());
        Assert.Equal(original, TrialDraft.FromJson(versions[0].Snapshot).BriefTitle);
        Assert.Equal(trial.BriefTitle, TrialDraft.FromJson(versions[1].Snapshot).BriefTitle);
        Assert.Equal(
            TrialDraftMapping.FromTrial(await db.Trials.AsNoTracking().WithRecord().SingleAsync(t => t.Id == trial.Id)).Locations.Count,
            TrialDraft.FromJson(versions[1].Snapshot).Locations.Count);
        Assert.NotEqual(first.Run.Id, second.Run.Id);
    }

    [Fact]
    public async Task Updating_a_trial_without_history_first_keeps_its_state_before_the_import_as_version_1()
    {
        var studies = new[] { Study(nctId: "NCT91000111"), Study("ctgov/v2-json/NCT04207047.json", "NCT91000112") };
        await ImportAsync(Read(studies));
        await using (var db = database.CreateContext())
        {
            // A new trial has no version yet (as the demo data loader leaves its trials).
            Assert.False(await db.TrialVersions.AnyAsync(v => v.Trial.RegistryId == "NCT91000111" || v.Trial.RegistryId == "NCT91000112"));
        }

        foreach (var study in studies)
        {
            Identification(study)["briefTitle"] = "Retitled " + Identification(study)["nctId"];
        }

        var result = await ImportAsync(Read(studies));

        Assert.Equal(2, result.Run.Updated);
        await using var check = database.CreateContext();
        foreach (var id in new[] { "NCT91000111", "NCT91000112" })
        {
            var versions = await check.TrialVersions.AsNoTracking().Where(v => v.Trial.RegistryId == id).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([(1, ChangeSource.Import, "import"), (2, ChangeSource.Import, "import")], versions.Select(v => (v.Number, v.Source, v.ChangedBy)).ToList());
            Assert.NotEqual("Retitled " + id, TrialDraft.FromJson(versions[0].Snapshot).BriefTitle);
            Assert.Equal("Retitled " + id, TrialDraft.FromJson(versions[1].Snapshot).BriefTitle);
            Assert.Equal("Retitled " + id, await TitleAsync(id));
        }
    }

    [Fact]
    public async Task An_older_record_is_stale_and_skipped_unless_forced()
    {
        var study = Study(nctId: "NCT91000021");
        await ImportAsync(Read(study));
        Identification(study)["briefTitle"] = "An older title";
        Status(study)["lastUpdatePostDateStruct"] = new JsonObject { ["date"] = "2016-01-04", ["type"] = "ACTUAL" };

        var stale = await ImportAsync(Read(study));

        var line = Assert.Single(stale.Report.Lines);
        Assert.Equal(ImportOutcome.Stale, line.Outcome);
        Assert.Equal("Last updated 2016-01-04, before the stored record's 2017-06-05; skipped.", Assert.Single(line.Reasons));
        Assert.Equal(1, stale.Run.Stale);
        Assert.NotEqual("An older title", await TitleAsync("NCT91000021"));

        var forced = await ImportAsync(Read(study), force: true);

        line = Assert.Single(forced.Report.Lines);
        Assert.Equal(ImportOutcome.Updated, line.Outcome);
        Assert.Contains("Last updated 2016-01-04, before the stored record's 2017-06-05 (forced)", line.Reasons);
        Assert.Equal("An older title", await TitleAsync("NCT91000021"));
    }

    [Fact]
    public async Task A_trial_edited_here_after_its_import_is_a_conflict_and_skipped_unless_forced()
    {
        var study = Study(nctId: "NCT91000031");
        await ImportAsync(Read(study));
        await EditTitleAsync("NCT91000031", "Edited in the registry");
        Identification(study)["briefTitle"] = "Changed at the source";
        Status(study)["lastUpdatePostDateStruct"] = new JsonObject { ["date"] = "2018-01-02", ["type"] = "ACTUAL" };

        var conflict = await ImportAsync(Read(study));

        var line = Assert.Single(conflict.Report.Lines);
        Assert.Equal(ImportOutcome.Conflict, line.Outcome);
        Assert.Equal("Edited in this registry since its last import (version 2); skipped.", Assert.Single(line.Reasons));
        Assert.Equal(1, conflict.Run.Conflicts);
        Assert.Equal("Edited in the registry", await TitleAsync("NCT91000031"));

        var forced = await ImportAsync(Read(study), force: true);

        Assert.Equal(ImportOutcome.Updated, Assert.Single(forced.Report.Lines).Outcome);
        Assert.Equal("Changed at the source", await TitleAsync("NCT91000031"));
        await using var db = database.CreateContext();
        var sources = await db.TrialVersions.Where(v => v.Trial.RegistryId == "NCT91000031").OrderBy(v => v.Number).Select(v => v.Source).ToListAsync();
        Assert.Equal([ChangeSource.Import, ChangeSource.Edit, ChangeSource.Import], sources);
    }

    [Fact]
    public async Task A_strict_run_with_one_bad_record_among_good_ones_writes_nothing_and_names_the_record()
    {
        var before = await RowCounts.ReadAsync(database);
        var good1 = WithNewSponsor(Study(nctId: "NCT91000041"), "Strict Run Sponsor One");
        var good2 = WithNewSponsor(Study(nctId: "NCT91000042"), "Strict Run Sponsor Two");

        var result = await ImportAsync(Read(good1, "Unexpected end of the JSON data at line 3.", good2), batchSize: 1);

        Assert.Equal(ImportRunStatus.Failed, result.Run.Status);
        Assert.Equal(
            "studies.json, record 2: Unexpected end of the JSON data at line 3. The strict run wrote nothing; fix the record or run leniently.",
            result.Run.Error);
        Assert.Equal(before, await RowCounts.ReadAsync(database));
        await using var db = database.CreateContext();
        var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == result.Run.Id);
        Assert.Equal((ImportRunStatus.Failed, 1, 1), (run.Status, run.New, run.Invalid));
        Assert.Equal(result.Run.Error, run.Error);
    }

    [Fact]
    public async Task A_record_with_a_malformed_registry_id_refuses_a_strict_run_with_the_validators_message()
    {
        var before = await RowCounts.ReadAsync(database);
        var bad = Study(nctId: "NCT-BAD-1");

        var result = await ImportAsync(Read(WithNewSponsor(Study(nctId: "NCT91000051"), "Strict Run Sponsor Three"), bad));

        Assert.Equal(ImportRunStatus.Failed, result.Run.Status);
        var line = result.Report.Lines.Single(l => l.IsRefused);
        Assert.Equal(("NCT-BAD-1", ImportOutcome.Invalid), (line.RegistryId, line.Outcome));
        Assert.Equal(
            "Registry identifier \"NCT-BAD-1\" is not valid: it is NCT followed by 8 digits (NCT01234567) or TRG- followed by at least 6 digits (TRG-000123).",
            Assert.Single(line.Reasons));
        Assert.StartsWith("studies.json, record 2 (NCT-BAD-1): Registry identifier", result.Run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.ReadAsync(database));
    }

    [Fact]
    public async Task A_lenient_run_commits_the_good_records_and_reports_the_bad_one()
    {
        var result = await ImportAsync(
            Read(Study(nctId: "NCT91000061"), Study(nctId: "NCT-BAD-2"), "Malformed record.", Study(nctId: "NCT91000062")),
            mode: ImportMode.Lenient,
            batchSize: 1);

        Assert.Equal(ImportRunStatus.Succeeded, result.Run.Status);
        Assert.Equal((2, 2, 4), (result.Run.New, result.Run.Invalid, result.Run.RecordsRead));
        Assert.Equal(
            [(ImportOutcome.New, "NCT91000061"), (ImportOutcome.Invalid, "NCT-BAD-2"), (ImportOutcome.Unreadable, null), (ImportOutcome.New, "NCT91000062")],
            result.Report.Lines.Select(l => (l.Outcome, l.RegistryId)).ToList());
        Assert.Equal("Malformed record.", Assert.Single(result.Report.Lines[2].Reasons));
        Assert.StartsWith("lenient: 2 new", result.Report.Summary(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Trials.CountAsync(t => t.RegistryId == "NCT91000061" || t.RegistryId == "NCT91000062"));
        Assert.False(await db.Trials.AnyAsync(t => t.RegistryId == "NCT-BAD-2"));
        Assert.Equal(ImportMode.Lenient, (await db.ImportRuns.SingleAsync(r => r.Id == result.Run.Id)).Mode);
    }

    [Fact]
    public async Task Cancelling_a_strict_run_in_the_middle_leaves_no_partial_rows()
    {
        var before = await RowCounts.ReadAsync(database);
        var studies = Enumerable.Range(1, 6)
            .Select(i => (object)WithNewSponsor(Study(nctId: $"NCT9100007{i}"), $"Cancelled Run Sponsor {i}"))
            .ToArray();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ImportAsync(ReadThenCancel(cancel, 3, studies), batchSize: 2, cancellationToken: cancel.Token));

        Assert.Equal(before, await RowCounts.ReadAsync(database));
        await using var db = database.CreateContext();
        var run = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal((ImportRunStatus.Failed, "The import was cancelled; nothing was written."), (run.Status, run.Error));
        Assert.NotNull(run.FinishedAt);
    }

    [Fact]
    public async Task A_dry_run_reports_what_a_commit_would_do_and_writes_nothing()
    {
        await ImportAsync(Read(Study(nctId: "NCT91000081")));
        var before = await RowCounts.ReadAsync(database);
        var changed = Study(nctId: "NCT91000081");
        Identification(changed)["briefTitle"] = "Dry run title";

        var result = await ImportAsync(
            Read(WithNewSponsor(Study(nctId: "NCT91000082"), "Dry Run Sponsor"), changed, Study(nctId: "NCT-BAD-3"), Study(nctId: "NCT91000083")),
            dryRun: true);

        Assert.Equal(ImportRunStatus.DryRunFinished, result.Run.Status);
        Assert.Equal((2, 1, 1), (result.Run.New, result.Run.Updated, result.Run.Invalid));
        Assert.True(result.Run.IsDryRun);
        Assert.StartsWith("strict, dry run: 2 new, 1 updated", result.Report.Summary(), StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.ReadAsync(database));
        Assert.NotEqual("Dry run title", await TitleAsync("NCT91000081"));
    }

    [Fact]
    public async Task A_record_repeated_in_one_run_is_unchanged_when_identical_and_invalid_when_different()
    {
        var study = Study(nctId: "NCT91000091");
        var different = Study(nctId: "NCT91000091");
        Identification(different)["briefTitle"] = "Another version of the same record";

        var result = await ImportAsync(Read(study, study, different), mode: ImportMode.Lenient);

        Assert.Equal(
            [ImportOutcome.New, ImportOutcome.Unchanged, ImportOutcome.Invalid],
            result.Report.Lines.Select(l => l.Outcome).ToList());
        Assert.Equal("The same record as record 1 of this run.", Assert.Single(result.Report.Lines[1].Reasons));
        Assert.Equal(
            "NCT91000091 was already read as record 1 of this run, with different content; a run takes each record once.",
            Assert.Single(result.Report.Lines[2].Reasons));
        Assert.NotEqual("Another version of the same record", await TitleAsync("NCT91000091"));
    }

    [Fact]
    public async Task Rule_problems_of_an_imported_record_are_warnings_in_the_report_not_refusals()
    {
        var study = Study(nctId: "NCT91000101");
        study["protocolSection"]!["descriptionModule"]!.AsObject().Remove("briefSummary");

        var result = await ImportAsync(Read(study));

        var line = Assert.Single(result.Report.Lines);
        Assert.Equal(ImportOutcome.New, line.Outcome);
        Assert.Contains("Warning: Brief summary is required.", line.Reasons);
    }

    [Fact]
    public async Task A_zip_with_a_readme_beside_its_studies_imports_the_studies_and_notes_the_readme()
    {
        using var archive = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = zip.CreateEntry("NCT91000501.json").Open())
            {
                await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Study(nctId: "NCT91000501").ToJsonString()));
            }

            await using (var readme = zip.CreateEntry("README.txt").Open())
            {
                await readme.WriteAsync("One JSON file per study."u8.ToArray());
            }
        }

        archive.Position = 0;
        var zipFormat = ImportFormats.All.Single(f => f.Name == "zip");

        var result = await ImportAsync(context => zipFormat.ReadAsync(archive, "bulk.zip", context, CancellationToken.None));

        Assert.Equal(ImportRunStatus.Succeeded, result.Run.Status);
        Assert.Equal((1, 1, 1), (result.Report.Count(ImportOutcome.New), result.Report.Count(ImportOutcome.Skipped), result.Report.RecordsRead));
        var note = Assert.Single(result.Report.Lines, l => l.Outcome == ImportOutcome.Skipped);
        Assert.Equal("bulk.zip/README.txt", note.File);
        await using var db = database.CreateContext();
        Assert.True(await db.Trials.AnyAsync(t => t.RegistryId == "NCT91000501"));
    }

    private static JsonObject WithNewSponsor(JsonObject study, string name)
    {
        Sponsor(study)["name"] = name;
        return study;
    }

    private Task<ImportResult> ImportAsync(
        Func<ImportContext, IAsyncEnumerable<ImportItem>> read,
        ImportMode mode = ImportMode.Strict,
        bool dryRun = false,
        bool force = false,
        int batchSize = 500,
        CancellationToken cancellationToken = default)
        => RunImport.RunAsync(
            new TestDbFactory(database),
            read,
            new ImportOptions(ImportOptions.CommandLine, ["studies.json"], ["ctgov-v2-json"])
            {
                Mode = mode,
                DryRun = dryRun,
                Force = force,
                BatchSize = batchSize,
                Today = new DateOnly(2018, 1, 15),
            },
            cancellationToken);

    private async Task<string> TitleAsync(string registryId)
    {
        await using var db = database.CreateContext();
        return await db.Trials.Where(t => t.RegistryId == registryId).Select(t => t.BriefTitle).SingleAsync();
    }

    private async Task<List<(string, uint)>> TokensAsync(params string[] registryIds)
    {
        await using var db = database.CreateContext();
        var rows = await db.Trials.Where(t => registryIds.Contains(t.RegistryId)).OrderBy(t => t.RegistryId).Select(t => new { t.RegistryId, t.Version }).ToListAsync();
        return rows.Select(r => (r.RegistryId, r.Version)).ToList();
    }

    /// <summary>An admin's edit through the editor's own use case (version 2, source Edit).</summary>
    private async Task EditTitleAsync(string registryId, string title)
    {
        await using var db = database.CreateContext();
        var draft = (await TrialEditQueries.LoadDraftAsync(db, registryId, CancellationToken.None))!;
        draft.BriefTitle = title;

        // The one rule the published record breaks that an edit must fix (CT.gov's old records lack the type).
        draft.StartDate.Type = DateType.Actual;
        var admin = new Actor("admin-id", "admin@example.org", IsAdmin: true);
        var result = await SaveTrial.RunAsync(db, registryId, draft, admin, "Retitled", new DateOnly(2018, 1, 15), CancellationToken.None);
        Assert.Empty(result is SaveTrialResult.Invalid invalid ? invalid.Problems.Select(p => p.Message) : []);
        Assert.IsType<SaveTrialResult.Saved>(result);
    }
}
