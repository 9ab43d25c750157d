using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Import.Runs;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Validation;

namespace TrialRegistry.Import.LinkedRecords;

/// <summary>
/// Imports a CSV written from one of the registry's templates (issue 6, format 5): each row becomes
/// the kind's draft, is checked by the editing rules (<see cref="LinkedRecordValidator"/>, trials and
/// organizations registered, a publication number not taken), matched to the stored record it stands
/// for by its natural key, and written with an audit entry (source Import). All rows share one
/// transaction: a strict run with any invalid row, a dry run or a failure writes nothing. Rows are
/// read one at a time. See docs/decisions/0018-linked-record-csv.md.
/// </summary>
public static class ImportLinkedRecords
{
    public static async Task<LinkedRecordImportReport> ImportAsync(
        RegistryDbContext db, Stream stream, LinkedRecordCsvKind kind, Actor actor, LinkedRecordImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // UTF-8 unless a byte order mark says otherwise; the templates carry one for spreadsheet programs.
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await ImportAsync(db, reader, kind, actor, options, cancellationToken);
    }

    public static Task<LinkedRecordImportReport> ImportAsync(
        RegistryDbContext db, TextReader reader, LinkedRecordCsvKind kind, Actor actor, LinkedRecordImportOptions? options = null, CancellationToken cancellationToken = default)
        => kind switch
        {
            LinkedRecordCsvKind.ClinicalResults => RunAsync(db, reader, ClinicalResultCsv.Instance, actor, options, cancellationToken),
            LinkedRecordCsvKind.TranslationalMedicine => RunAsync(db, reader, TranslationalStudyCsv.Instance, actor, options, cancellationToken),
            LinkedRecordCsvKind.Patents => RunAsync(db, reader, PatentCsv.Instance, actor, options, cancellationToken),
            LinkedRecordCsvKind.Deals => RunAsync(db, reader, DealCsv.Instance, actor, options, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    internal static IReadOnlyDictionary<string, string> Example(LinkedRecordCsvKind kind) => kind switch
    {
        LinkedRecordCsvKind.ClinicalResults => ClinicalResultCsv.Instance.Example,
        LinkedRecordCsvKind.TranslationalMedicine => TranslationalStudyCsv.Instance.Example,
        LinkedRecordCsvKind.Patents => PatentCsv.Instance.Example,
        LinkedRecordCsvKind.Deals => DealCsv.Instance.Example,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static async Task<LinkedRecordImportReport> RunAsync<TEntity, TDraft>(
        RegistryDbContext db, TextReader reader, LinkedRecordCsvSpec<TEntity, TDraft> spec, Actor actor, LinkedRecordImportOptions? options, CancellationToken cancellationToken)
        where TEntity : class
        where TDraft : LinkedRecordDraft
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(actor);
        options ??= new LinkedRecordImportOptions();
        var rows = new List<LinkedRecordRowResult>();
        LinkedRecordImportReport Report(bool committed, string? error) => new(spec.Kind, options.Mode, options.DryRun, committed, error, rows);

        // Imports change any product's records: they are an admin's (the import page is admin-only too).
        if (!actor.IsAdmin)
        {
            return Report(false, "Only admins may import records.");
        }

        var today = options.Today ?? SaveLinkedRecord.LatestPastDate();
        var importer = new RowImporter<TEntity, TDraft>(db, spec, actor, options.FileName, today);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await foreach (var row in LinkedRecordCsvReader.ReadAsync(reader, spec.Kind, cancellationToken))
            {
                rows.Add(await importer.ImportAsync(row, cancellationToken));
            }
        }
        catch (LinkedRecordCsvHeaderException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Report(false, exception.Message);
        }
        catch (CsvHelperException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var row = exception.Context?.Parser?.Row;
            return Report(false, $"The file is not valid CSV{(row is { } r ? $" at row {r}" : string.Empty)} (e.g. a quote not closed): nothing was imported.");
        }
        catch (DbUpdateException exception)
        {
            // A race with an editor (the same publication number saved meanwhile): the run stops, nothing stays.
            await transaction.RollbackAsync(CancellationToken.None);
            var row = rows.Count > 0 ? rows[^1].Row + 1 : 2;
            return Report(false, $"Saving failed near row {row}: {(exception.InnerException ?? exception).Message} Nothing was imported; run it again.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        var invalid = rows.Any(r => r.Outcome == LinkedRecordRowOutcome.Invalid);
        if (options.DryRun || (invalid && options.Mode == ImportMode.Strict))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Report(false, null);
        }

        await transaction.CommitAsync(cancellationToken);
        return Report(true, null);
    }

    /// <summary>One row at a time: map, check, match, apply, write; the change tracker is emptied after each row so memory stays flat.</summary>
    private sealed class RowImporter<TEntity, TDraft>(RegistryDbContext db, LinkedRecordCsvSpec<TEntity, TDraft> spec, Actor actor, string? fileName, DateOnly today)
        where TEntity : class
        where TDraft : LinkedRecordDraft
    {
        private readonly Dictionary<string, int?> productIds = new(StringComparer.Ordinal);
        private LinkedRecordEditor<TEntity, TDraft> Editor => spec.Editor;

        public async Task<LinkedRecordRowResult> ImportAsync(LinkedRecordCsvRow row, CancellationToken cancellationToken)
        {
            try
            {
                return await ImportRowAsync(row, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        private async Task<LinkedRecordRowResult> ImportRowAsync(LinkedRecordCsvRow row, CancellationToken cancellationToken)
        {
            var parseProblems = new List<ValidationProblem>();
            if (row.Get(LinkedRecordCsvReader.ExtraValues) is { } extra)
            {
                parseProblems.Add(new("(row)", $"The row has {extra}: check for an unquoted comma."));
            }

            var draft = spec.Map(new LinkedRecordCsvValues(row, parseProblems));
            var products = await ProductsAsync(row.GetList(LinkedRecordCsvColumns.Products), parseProblems, cancellationToken);
            var problems = Editor.Validate(draft, today).ToList();
            var references = await LinkedRecordReferences.ResolveAsync(db, Editor.OrganizationRefs(draft), draft.TrialRegistryIds, problems, cancellationToken);
            var entity = products.Count > 0 ? await spec.FindAsync(db, draft, products.Select(p => p.Id).ToList(), cancellationToken) : null;
            if (entity is not null)
            {
                draft.Id = Editor.IdOf(entity);
            }

            await Editor.CheckAgainstDatabaseAsync(db, draft, problems, cancellationToken);
            var key = spec.Key(draft);
            if (parseProblems.Count > 0 || problems.Count > 0)
            {
                var reported = parseProblems.Select(p => new LinkedRecordRowProblem(p.Field, null, p.Message))
                    .Concat(problems.Select(p => spec.ColumnOf(p, draft) is var (column, item) ? new LinkedRecordRowProblem(column, item, p.Message) : null!))
                    .ToList();
                return new(row.RowNumber, key, LinkedRecordRowOutcome.Invalid, entity is null ? null : Editor.IdOf(entity), reported);
            }

            var before = entity is null ? null : Editor.Describe(entity);
            var isNew = entity is null;
            entity ??= Editor.Create(draft);
            Editor.Apply(entity, draft, references);

            // An import adds the row's products to the record's; it never unlinks a product (the file may be one product's).
            var linked = Editor.ProductsOf(entity);
            linked.AddRange(products.Where(p => !linked.Contains(p)));
            if (isNew)
            {
                db.Add(entity);
                await db.SaveChangesAsync(cancellationToken);
                var id = Editor.IdOf(entity);
                Audit(id, AuditAction.Create, $"Imported {Editor.Name(entity)}{Where(row)}");
                await db.SaveChangesAsync(cancellationToken);
                return new(row.RowNumber, key, LinkedRecordRowOutcome.New, id, []);
            }

            var after = Editor.Describe(entity);
            var changed = after.Where(field => before![field.Key] != field.Value).Select(field => field.Key).ToList();
            if (changed.Count == 0)
            {
                return new(row.RowNumber, key, LinkedRecordRowOutcome.Unchanged, Editor.IdOf(entity), []);
            }

            // Links alone do not update the record's row: touch it, so an editor's stale draft conflicts (ADR 0005).
            db.Entry(entity).Property("Title").IsModified = true;
            Audit(Editor.IdOf(entity), AuditAction.Update, $"Import updated {Editor.Name(entity)}: {string.Join(", ", changed)}{Where(row)}");
            await db.SaveChangesAsync(cancellationToken);
            return new(row.RowNumber, key, LinkedRecordRowOutcome.Updated, Editor.IdOf(entity), []);
        }

        private void Audit(int id, AuditAction action, string summary)
            => AuditTrail.Record(db, actor, Editor.EntityType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), action, AuditSource.Import, summary);

        private string Where(LinkedRecordCsvRow row) => fileName is null ? $" (row {row.RowNumber})" : $" ({fileName}, row {row.RowNumber})";

        /// <summary>The row's products by name or alias, as the importer matches them; never created.</summary>
        private async Task<List<Products.Product>> ProductsAsync(List<string> names, List<ValidationProblem> problems, CancellationToken cancellationToken)
        {
            if (names.Count == 0)
            {
                problems.Add(new(LinkedRecordCsvColumns.Products, "Enter the product(s) the record is about, by name (several separated by '|')."));
                return [];
            }

            var ids = new List<int>();
            foreach (var name in names)
            {
                var normalized = NameNormalizer.Normalize(name);
                if (!productIds.TryGetValue(normalized, out var id))
                {
                    id = await db.Products.Where(p => p.NormalizedName == normalized).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken)
                        ?? await db.Products.Where(p => p.Aliases.Any(a => a.NormalizedName == normalized)).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
                    productIds[normalized] = id;
                }

                if (id is { } found)
                {
                    ids.Add(found);
                }
                else
                {
                    problems.Add(new(LinkedRecordCsvColumns.Products, $"No product named “{name}” is registered: products are matched by name or alias."));
                }
            }

            return await db.Products.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        }
    }
}
