namespace TrialRegistry.Import.Sources;

/// <summary>
/// A file format the importer reads: ClinicalTrials.gov API v2 JSON, legacy XML, CSV downloads,
/// WHO ICTRP XML. Readers stream (never load a whole file), map each record with the shared
/// <see cref="EntityResolver"/> (so organizations, conditions and products are matched, not
/// duplicated) and turn every problem into an <see cref="UnreadableRecord"/> naming the file and the
/// place: a reader never throws for bad input.
/// </summary>
public interface IImportFormat
{
    /// <summary>The format's name, also stored as the trials' <see cref="Trials.Trial.Source"/>: "ctgov-v2-json".</summary>
    string Name { get; }

    /// <summary>
    /// Whether this format reads the file, judged from its name and its first bytes (at most 4 KB:
    /// a BOM, "{" or "[", "&lt;clinical_study", a CSV header).
    /// </summary>
    bool CanRead(string fileName, ReadOnlySpan<byte> head);

    IAsyncEnumerable<ImportItem> ReadAsync(Stream stream, string fileName, ImportContext context, CancellationToken cancellationToken);
}

/// <summary>What every reader shares during one import run.</summary>
/// <param name="Resolver">Matches and creates organizations, conditions and products.</param>
/// <param name="ImportedAt">The run's time: CreatedAt/UpdatedAt of new trials.</param>
public sealed record ImportContext(EntityResolver Resolver, DateTimeOffset ImportedAt)
{
    /// <summary>
    /// Whether the registry holds this registry id with this content hash already: a reader that can
    /// hash a record before mapping it then yields an <see cref="UnchangedRecord"/> and skips the
    /// mapping, the costly part of re-importing a file (docs/decisions/0019-import-copy.md).
    /// </summary>
    public Func<string, string, bool>? IsStored { get; init; }
}
