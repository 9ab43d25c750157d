using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Components.Pages.Admin.Import;

/// <summary>One run in the import history: its row without the report (which can be large).</summary>
public sealed record ImportRunRow(
    long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string StartedBy, List<string> Files, ImportMode Mode,
    bool IsDryRun, bool Force, ImportRunStatus Status, int RecordsRead, int New, int Updated, int Unchanged, int Stale, int Conflicts, int Invalid);

public sealed record ImportRunPage(IReadOnlyList<ImportRunRow> Runs, int Total);

/// <summary>The import history, newest first, one page at a time (paged in the database).</summary>
public static class ListImportRuns
{
    public static async Task<ImportRunPage> RunAsync(RegistryDbContext db, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var total = await db.ImportRuns.CountAsync(cancellationToken);
        var runs = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(r => new ImportRunRow(
                r.Id, r.StartedAt, r.FinishedAt, r.StartedBy, r.Files, r.Mode, r.IsDryRun, r.Force, r.Status,
                r.RecordsRead, r.New, r.Updated, r.Unchanged, r.Stale, r.Conflicts, r.Invalid))
            .ToListAsync(cancellationToken);
        return new ImportRunPage(runs, total);
    }
}
