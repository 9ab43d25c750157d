using TrialRegistry.Data;
using TrialRegistry.Products;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// What <see cref="SaveLinkedRecord"/> needs to know about one kind of linked record: how to load it
/// with its links, validate a draft, turn a draft into the entity and back, and describe it for the
/// audit log. One small subclass per kind; the save itself (rights, concurrency, audit) is shared.
/// </summary>
internal abstract class LinkedRecordEditor<TEntity, TDraft>
    where TEntity : class
    where TDraft : LinkedRecordDraft
{
    /// <summary>The audit log's entity type: "ClinicalResult", "TranslationalStudy", "Patent", "Deal".</summary>
    public abstract string EntityType { get; }

    /// <summary>The record in words, for audit summaries: "patent", "deal".</summary>
    public abstract string Noun { get; }

    /// <summary>The records with every link the editor changes loaded (tracked).</summary>
    public abstract IQueryable<TEntity> WithLinks(RegistryDbContext db);

    public abstract int IdOf(TEntity entity);

    public abstract List<Products.Product> ProductsOf(TEntity entity);

    public abstract IReadOnlyList<ValidationProblem> Validate(TDraft draft, DateOnly today);

    /// <summary>The organizations the draft names, each with the field that names it.</summary>
    public abstract IEnumerable<(string Field, OrganizationRef Reference)> OrganizationRefs(TDraft draft);

    /// <summary>Rules against other rows (a patent's number is unique); none by default.</summary>
    public virtual Task CheckAgainstDatabaseAsync(RegistryDbContext db, TDraft draft, List<ValidationProblem> problems, CancellationToken cancellationToken)
        => Task.CompletedTask;

    public abstract TEntity Create(TDraft draft);

    /// <summary>Copies the (valid) draft onto the entity; links come from <paramref name="references"/>.</summary>
    public abstract void Apply(TEntity entity, TDraft draft, LinkedRecordReferences references);

    public abstract TDraft ToDraft(TEntity entity, uint version);

    /// <summary>Field → value as text: compared before and after a save to say in the audit log what changed.</summary>
    public abstract IReadOnlyDictionary<string, string> Describe(TEntity entity);

    /// <summary>How the audit summary names the record: "patent WO2019123456A1", "deal “…”".</summary>
    public abstract string Name(TEntity entity);

    protected static string Text(string? value) => value ?? string.Empty;

    protected static string Names<T>(IEnumerable<T> items, Func<T, string> name) => string.Join(", ", items.Select(name).Order(StringComparer.Ordinal));

    protected static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Replaces a tracked collection's contents in place, so EF sees only the links that really changed.</summary>
    protected static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        var wanted = items.Distinct().ToList();
        list.RemoveAll(item => !wanted.Contains(item));
        list.AddRange(wanted.Where(item => !list.Contains(item)));
    }

    protected static List<Organizations.Organization> Resolved(LinkedRecordReferences references, string listField, int count)
        => Enumerable.Range(0, count).Select(i => references.Organization($"{listField}[{i}]")).ToList();

    protected static List<OrganizationRef> Refs(IEnumerable<Organizations.Organization> organizations)
        => organizations.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).Select(o => new OrganizationRef(o.Id, o.Name)).ToList();

    protected static IEnumerable<(string Field, OrganizationRef Reference)> Indexed(string listField, List<OrganizationRef> organizations)
        => organizations.Select((o, i) => ($"{listField}[{i}]", o));

    /// <summary>The draft's common part, filled from the entity's common links.</summary>
    protected static T Common<T>(T draft, int id, uint version, string title, string? url, IEnumerable<Product> products, IEnumerable<Trials.Trial> trials)
        where T : LinkedRecordDraft
    {
        draft.Id = id;
        draft.Version = version;
        draft.Title = title;
        draft.Url = url;
        draft.ProductIds = products.Select(p => p.Id).Order().ToList();
        draft.TrialRegistryIds = trials.Select(t => t.RegistryId).Order(StringComparer.Ordinal).ToList();
        return draft;
    }
}
