using TrialRegistry.Import.Runs;

namespace TrialRegistry.Import.LinkedRecords;

/// <param name="Mode">Strict: any invalid row and nothing is written. Lenient: the valid rows are written, the rest reported.</param>
/// <param name="DryRun">Do everything, report, write nothing.</param>
/// <param name="FileName">As the user named the file, for the audit entries.</param>
/// <param name="Today">"Today" of the not-in-the-future rules; by default <see cref="LinkedRecords.Editing.SaveLinkedRecord.LatestPastDate"/>.</param>
public sealed record LinkedRecordImportOptions(ImportMode Mode = ImportMode.Strict, bool DryRun = false, string? FileName = null, DateOnly? Today = null);
