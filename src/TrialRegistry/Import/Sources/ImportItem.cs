namespace TrialRegistry.Import.Sources;

/// <summary>
/// One record read from an import file: mapped to a trial, or the reason it could not be. Readers
/// yield them one at a time, so a file of any size streams through the import in constant memory.
/// </summary>
/// <param name="File">The file as the user named it (for a ZIP: "bulk.zip/NCT00000125.xml").</param>
/// <param name="Location">Where in the file: "line 12", "record 3", "row 7", "entry NCT00000125.json".</param>
public abstract record ImportItem(string File, string Location);

/// <summary>
/// A record mapped to an unsaved trial whose <see cref="Trials.Trial.SourceRecord"/> holds the
/// original record whole and <see cref="Trials.Trial.SourceHash"/> its content hash.
/// </summary>
public sealed record ReadStudy(string File, string Location, MappedTrial Mapped) : ImportItem(File, Location);

/// <summary>
/// A record (or a whole file) that cannot be read or mapped: malformed JSON/XML/CSV, a missing
/// identifier, an unsafe ZIP entry. <paramref name="RegistryId"/> when the record names one.
/// </summary>
public sealed record UnreadableRecord(string File, string Location, string? RegistryId, string Message) : ImportItem(File, Location);

/// <summary>
/// A record whose registry id and content hash the registry already holds, recognized before
/// mapping (<see cref="ImportContext.IsStored"/>): nothing to map, validate or write.
/// </summary>
public sealed record UnchangedRecord(string File, string Location, string RegistryId, string SourceHash) : ImportItem(File, Location);
