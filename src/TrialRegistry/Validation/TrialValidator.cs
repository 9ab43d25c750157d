using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// The registry's rules for a trial record, in one place: the editor, the importer and the API all
/// call <see cref="Validate"/>. One file per rule group next to this one; what each rule decides
/// and why is in docs/decisions/0009-validation.md.
/// </summary>
public static class TrialValidator
{
    /// <summary>Every broken rule of <paramref name="trial"/>; empty when the record may be saved.</summary>
    /// <param name="trial">The record as it would be saved (navigation names filled: conditions, sponsors).</param>
    /// <param name="today">The registry's today (UTC), for the past/future date rules.</param>
    /// <remarks>
    /// Never throws on a partly filled record (null texts, navigations or rows, empty lists): the
    /// editor validates drafts and the API validates whatever a client sent.
    /// </remarks>
    public static IReadOnlyList<ValidationProblem> Validate(Trial trial, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var problems = new ProblemList();
        RequiredRules.Check(trial, problems);
        LengthRules.Check(trial, problems);
        PhaseRules.Check(trial, problems);
        DateRules.Check(trial, today, problems);
        StatusRules.Check(trial, today, problems);
        EnrollmentRules.Check(trial, problems);
        IdentifierRules.Check(trial, problems);
        AgeRules.Check(trial, problems);
        return problems.Problems;
    }
}
