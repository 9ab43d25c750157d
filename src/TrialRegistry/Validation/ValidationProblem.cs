namespace TrialRegistry.Validation;

/// <summary>
/// One broken rule: where (a property path of the validated record, "BriefTitle", "StartDate",
/// "Eligibility.MinimumAge", "Arms[2].Label") and what is wrong, in words a user can act on.
/// Editors show it next to the field with that path; the API returns it as a ValidationProblemDetails
/// error under the same key; the importer reports it with the record's identifier.
/// </summary>
public sealed record ValidationProblem(string Field, string Message);

/// <summary>Thrown when a write is refused by validation; nothing was written.</summary>
public sealed class RecordValidationException(IReadOnlyList<ValidationProblem> problems)
    : Exception("The record is not valid: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
