using TrialRegistry.Trials;
using TrialRegistry.Validation;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// Which of the validator's findings refuse an imported record (docs/decisions/0017-import-runs.md,
/// after the proposal of 0009): only what would break the registry itself. A missing or malformed
/// registry id, a missing brief title, a missing lead sponsor; everything else is a warning in the
/// report, and the record is imported as its registry published it.
/// </summary>
public static class ImportValidation
{
    public static bool Refuses(ValidationProblem problem, Trial trial)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(trial);
        return problem.Field switch
        {
            nameof(Trial.RegistryId) or nameof(Trial.LeadSponsor) => true,

            // Its length is PRS's rule (300); the record's own registry allowed it, so only a missing title refuses.
            nameof(Trial.BriefTitle) => string.IsNullOrWhiteSpace(trial.BriefTitle),
            _ => false,
        };
    }
}
