using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// Creates or edits one linked record of a product (issue 5, point 7): the product must exist and the
/// record be linked to it; the actor must be an admin or a member of one of the product's developers;
/// the draft must pass <see cref="LinkedRecordValidator"/> and name only registered trials and
/// organizations; an edit must start from the stored version (xmin). The record and its audit entry
/// are written in one transaction, or nothing is. See docs/decisions/0013-linked-record-editing.md.
/// </summary>
public static class SaveLinkedRecord
{
    public static Task<SaveLinkedRecordResult> SaveAsync(
        RegistryDbContext db, int productId, ClinicalResultDraft draft, Actor actor, DateOnly? today = null, CancellationToken cancellationToken = default)
        => SaveAsync(db, productId, draft, actor, ClinicalResultEditor.Instance, today, cancellationToken);

    public static Task<SaveLinkedRecordResult> SaveAsync(
        RegistryDbContext db, int productId, TranslationalStudyDraft draft, Actor actor, DateOnly? today = null, CancellationToken cancellationToken = default)
        => SaveAsync(db, productId, draft, actor, TranslationalStudyEditor.Instance, today, cancellationToken);

    public static Task<SaveLinkedRecordResult> SaveAsync(
        RegistryDbContext db, int productId, PatentDraft draft, Actor actor, DateOnly? today = null, CancellationToken cancellationToken = default)
        => SaveAsync(db, productId, draft, actor, PatentEditor.Instance, today, cancellationToken);

    public static Task<SaveLinkedRecordResult> SaveAsync(
        RegistryDbContext db, int productId, DealDraft draft, Actor actor, DateOnly? today = null, CancellationToken cancellationToken = default)
        => SaveAsync(db, productId, draft, actor, DealEditor.Instance, today, cancellationToken);

    /// <summary>
    /// "Today" for the not-in-the-future rules: tomorrow in UTC, because at UTC+14 it already is; a date
    /// one day ahead is harmless, refusing a paper published today in Auckland is not.
    /// </summary>
    public static DateOnly LatestPastDate() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    private static async Task<SaveLinkedRecordResult> SaveAsync<TEntity, TDraft>(
        RegistryDbContext db, int productId, TDraft draft, Actor actor, LinkedRecordEditor<TEntity, TDraft> editor, DateOnly? today, CancellationToken cancellationToken)
        where TEntity : class
        where TDraft : LinkedRecordDraft
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);

        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return new SaveLinkedRecordResult.NotFound();
        }

        TEntity? entity = null;
        if (draft.Id is { } id)
        {
            entity = await editor.WithLinks(db).Where(e => EF.Property<int>(e, "Id") == id).SingleOrDefaultAsync(cancellationToken);
            if (entity is null || !editor.ProductsOf(entity).Any(p => p.Id == productId))
            {
                return new SaveLinkedRecordResult.NotFound();
            }
        }

        // Rights before validation: someone who may not edit learns nothing about the draft's problems.
        if (!await EditRights.MayEditProductRecordsAsync(db, actor, productId, cancellationToken))
        {
            return new SaveLinkedRecordResult.Forbidden();
        }

        var problems = editor.Validate(draft, today ?? LatestPastDate()).ToList();
        var references = await LinkedRecordReferences.ResolveAsync(db, editor.OrganizationRefs(draft), draft.TrialRegistryIds, problems, cancellationToken);
        var products = await ProductsAsync(db, product, draft, entity is null ? [] : editor.ProductsOf(entity), actor, problems, cancellationToken);
        await editor.CheckAgainstDatabaseAsync(db, draft, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return new SaveLinkedRecordResult.Invalid(problems);
        }

        if (entity is not null)
        {
            // The draft's version is what the editor saw; the UPDATE's WHERE xmin = ... refuses a stale one.
            var version = db.Entry(entity).Property<uint>("Version");
            if (draft.Version is not { } seen || seen != version.CurrentValue)
            {
                return new SaveLinkedRecordResult.Conflict();
            }

            version.OriginalValue = seen;
        }

        var before = entity is null ? null : editor.Describe(entity);
        var isNew = entity is null;
        entity ??= editor.Create(draft);
        editor.Apply(entity, draft, references);
        Replace(editor.ProductsOf(entity), products);
        if (isNew)
        {
            db.Add(entity);
        }
        else
        {
            // Links alone do not update the record's row, so its xmin would not be checked: touch it (ADR 0005).
            db.Entry(entity).Property("Title").IsModified = true;
        }

        return await WriteAsync(db, entity, editor, actor, before, cancellationToken);
    }

    private static async Task<SaveLinkedRecordResult> WriteAsync<TEntity, TDraft>(
        RegistryDbContext db, TEntity entity, LinkedRecordEditor<TEntity, TDraft> editor, Actor actor, IReadOnlyDictionary<string, string>? before, CancellationToken cancellationToken)
        where TEntity : class
        where TDraft : LinkedRecordDraft
    {
        var after = editor.Describe(entity);
        var changed = before is null ? [] : after.Where(field => before[field.Key] != field.Value).Select(field => field.Key).ToList();
        var summary = before is null
            ? $"Added {editor.Name(entity)}"
            : changed.Count == 0 ? $"Saved {editor.Name(entity)} unchanged" : $"Edited {editor.Name(entity)}: {string.Join(", ", changed)}";

        // A new record's id exists only after its INSERT: record and audit entry share a transaction instead of one SaveChanges.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var audit = AuditTrail.Record(
                db, actor, editor.EntityType, before is null ? "new" : editor.IdOf(entity).ToString(System.Globalization.CultureInfo.InvariantCulture),
                before is null ? AuditAction.Create : AuditAction.Update, AuditSource.Editor, summary);
            await db.SaveChangesAsync(cancellationToken);
            if (before is null)
            {
                audit.EntityId = editor.IdOf(entity).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new SaveLinkedRecordResult.Saved(editor.IdOf(entity));
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return new SaveLinkedRecordResult.Conflict();
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && entity is Patent patent)
        {
            // Another editor registered the same publication number between our check and our INSERT.
            await transaction.RollbackAsync(CancellationToken.None);
            return new SaveLinkedRecordResult.Invalid([new(nameof(PatentDraft.PublicationNumber), PatentEditor.DuplicateMessage(patent.PublicationNumber, null))]);
        }
    }

    /// <summary>
    /// The products the record will belong to: the page's product always, plus those the draft lists.
    /// Linking to (or unlinking from) another product changes that product's page, so the actor needs
    /// the right to edit its records too.
    /// </summary>
    private static async Task<List<Products.Product>> ProductsAsync(
        RegistryDbContext db, Products.Product product, LinkedRecordDraft draft, List<Products.Product> current, Actor actor, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var wantedIds = draft.ProductIds.Append(product.Id).Distinct().ToList();
        var found = await db.Products.Where(p => wantedIds.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var missing in wantedIds.Where(id => found.All(p => p.Id != id)))
        {
            problems.Add(new(nameof(LinkedRecordDraft.ProductIds), $"No product with id {missing} is registered."));
        }

        var changedIds = found.Select(p => p.Id).Except(current.Select(p => p.Id))
            .Concat(current.Select(p => p.Id).Except(wantedIds))
            .Where(id => id != product.Id);
        foreach (var changedId in changedIds)
        {
            if (!await EditRights.MayEditProductRecordsAsync(db, actor, changedId, cancellationToken))
            {
                var name = found.Concat(current).First(p => p.Id == changedId).Name;
                problems.Add(new(nameof(LinkedRecordDraft.ProductIds), $"You may not change the records of “{name}”: only admins and members of its developers may."));
            }
        }

        return found;
    }

    private static void Replace(List<Products.Product> list, List<Products.Product> items)
    {
        list.RemoveAll(item => !items.Contains(item));
        list.AddRange(items.Where(item => !list.Contains(item)));
    }
}
