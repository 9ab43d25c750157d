using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// The registry's rules for a trial record, in one place: the editor, the importer and the API all
/// call <see cref="Validate"/>. (Rules land with issue 5; see docs/decisions.)
/// </summary>
public static class TrialValidator
{
    /// <summary>Every broken rule of <paramref name="trial"/>; empty when the record may be saved.</summary>
    /// <param name="trial">The record as it would be saved (navigation names filled: conditions, sponsors).</param>
    /// <param name="today">The registry's today (UTC), for the past/future date rules.</param>
    public static IReadOnlyList<ValidationProblem> Validate(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        _ = today;
        return [];
    }
}
