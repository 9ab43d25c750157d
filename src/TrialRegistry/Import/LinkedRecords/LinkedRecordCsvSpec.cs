using TrialRegistry.Data;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Validation;
using C = TrialRegistry.Import.LinkedRecords.LinkedRecordCsvColumns;

namespace TrialRegistry.Import.LinkedRecords;

/// <summary>
/// What the CSV importer knows of one kind: its editor (validation, apply, describe: the editing
/// pieces), how a row becomes a draft, the template's example row, the natural key that finds the
/// stored record a row stands for, and which column a draft field's problem belongs to.
/// </summary>
internal abstract class LinkedRecordCsvSpec<TEntity, TDraft>
    where TEntity : class
    where TDraft : LinkedRecordDraft
{
    public abstract LinkedRecordCsvKind Kind { get; }

    public abstract LinkedRecordEditor<TEntity, TDraft> Editor { get; }

    /// <summary>The template's example row, by column.</summary>
    public abstract IReadOnlyDictionary<string, string> Example { get; }

    /// <summary>Draft property → column, for the fields whose names differ from the column's words.</summary>
    protected abstract IReadOnlyDictionary<string, string> FieldColumns { get; }

    public abstract TDraft Map(LinkedRecordCsvValues values);

    /// <summary>How the report names the row's record: its publication number, DOI or title.</summary>
    public abstract string Key(TDraft draft);

    /// <summary>The stored record the row stands for (tracked, with its links), or null for a new one.</summary>
    public abstract Task<TEntity?> FindAsync(RegistryDbContext db, TDraft draft, IReadOnlyList<int> productIds, CancellationToken cancellationToken);

    /// <summary>The column a problem belongs to, and which of its '|' values when the field is a list item ("Trials", 2).</summary>
    public virtual (string Column, int? Item) ColumnOf(ValidationProblem problem, TDraft draft)
    {
        var field = problem.Field;
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        int? item = null;
        if (bracket > 0 && int.TryParse(field[(bracket + 1)..field.IndexOf(']', bracket)], out var index))
        {
            item = index + 1;
            field = field[..bracket];
        }

        return (Common.TryGetValue(field, out var common) ? common : FieldColumns.TryGetValue(field, out var column) ? column : field, item);
    }

    protected static readonly IReadOnlyDictionary<string, string> Common = new Dictionary<string, string>
    {
        [nameof(LinkedRecordDraft.Title)] = C.Title,
        [nameof(LinkedRecordDraft.Url)] = C.Link,
        [nameof(LinkedRecordDraft.TrialRegistryIds)] = C.Trials,
        [nameof(LinkedRecordDraft.ProductIds)] = C.Products,
    };

    protected static void Fill(LinkedRecordDraft draft, LinkedRecordCsvValues values)
    {
        draft.Title = values.Text(C.Title);
        draft.Url = values.Optional(C.Link);
        draft.TrialRegistryIds = values.List(C.Trials);
    }

    protected static List<OrganizationRef> Organizations(LinkedRecordCsvValues values, string column)
        => values.List(column).Select(OrganizationRef.ByName).ToList();
}
