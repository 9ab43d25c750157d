using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// A stored record as a draft for its editor, with the version the save will check. Null when the
/// record does not exist or is not linked to the product: the editor of product A never opens
/// product B's records.
/// </summary>
public static class GetLinkedRecordDraft
{
    public static Task<ClinicalResultDraft?> ClinicalResultAsync(RegistryDbContext db, int productId, int id, CancellationToken cancellationToken = default)
        => LoadAsync(db, productId, id, ClinicalResultEditor.Instance, cancellationToken);

    public static Task<TranslationalStudyDraft?> TranslationalStudyAsync(RegistryDbContext db, int productId, int id, CancellationToken cancellationToken = default)
        => LoadAsync(db, productId, id, TranslationalStudyEditor.Instance, cancellationToken);

    public static Task<PatentDraft?> PatentAsync(RegistryDbContext db, int productId, int id, CancellationToken cancellationToken = default)
        => LoadAsync(db, productId, id, PatentEditor.Instance, cancellationToken);

    public static Task<DealDraft?> DealAsync(RegistryDbContext db, int productId, int id, CancellationToken cancellationToken = default)
        => LoadAsync(db, productId, id, DealEditor.Instance, cancellationToken);

    private static async Task<TDraft?> LoadAsync<TEntity, TDraft>(
        RegistryDbContext db, int productId, int id, LinkedRecordEditor<TEntity, TDraft> editor, CancellationToken cancellationToken)
        where TEntity : class
        where TDraft : LinkedRecordDraft
    {
        var entity = await editor.WithLinks(db).AsNoTracking().Where(e => EF.Property<int>(e, "Id") == id).SingleOrDefaultAsync(cancellationToken);
        if (entity is null || !editor.ProductsOf(entity).Any(p => p.Id == productId))
        {
            return null;
        }

        return editor.ToDraft(entity, (uint)db.Entry(entity).Property("Version").CurrentValue!);
    }
}
