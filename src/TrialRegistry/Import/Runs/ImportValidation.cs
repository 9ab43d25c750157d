using TrialRegistry.Trials;
using TrialRegistry.Validation;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// Which of the validator's findings refuse an imported record (docs/decisions/0017-import-runs.md,
/// after the proposal of 0009): only what would break the registry itself. A missing or malformed
/// registry id, a missing brief title, a missing lead sponsor; everything else is a warning in the
/// report, and the record is imported as its registry published it.
/// </summary>
public static partial class ImportValidation
{
    public static bool Refuses(ValidationProblem problem, Trial trial)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(trial);
        return problem.Field switch
        {
            // The primary id of another WHO register (EUCTR…, DRKS…, ChiCTR…, JPRN-…) is kept as
            // published; refused only when it could not name the trial's page (/trials/{id}).
            nameof(Trial.RegistryId) => !IsUsableForeignRegistryId(trial.RegistryId),
            nameof(Trial.LeadSponsor) => true,

            // Its length is PRS's rule (300); the record's own registry allowed it, so only a missing title refuses.
            nameof(Trial.BriefTitle) => string.IsNullOrWhiteSpace(trial.BriefTitle),
            _ => false,
        };
    }

    /// <summary>
    /// Another register's id: letters first, then letters, digits, '.', '_' or '-', up to the column's
    /// 32 characters. An id that claims to be ClinicalTrials.gov's (NCT…) or ours (TRG…) must have
    /// that format exactly.
    /// </summary>
    public static bool IsUsableForeignRegistryId(string? registryId)
        => registryId is not null
            && !registryId.StartsWith("NCT", StringComparison.OrdinalIgnoreCase)
            && !registryId.StartsWith("TRG", StringComparison.OrdinalIgnoreCase)
            && ForeignRegistryId().IsMatch(registryId);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{3,31}$")]
    private static partial System.Text.RegularExpressions.Regex ForeignRegistryId();
}
