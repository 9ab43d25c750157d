using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>What became of a save: exactly one of these, and nothing was written unless it is <see cref="Saved"/>.</summary>
public abstract record SaveLinkedRecordResult
{
    private SaveLinkedRecordResult()
    {
    }

    /// <summary>Written, with its audit entry; <paramref name="Id"/> is the record's id (new or edited).</summary>
    public sealed record Saved(int Id) : SaveLinkedRecordResult;

    /// <summary>Refused by validation; each problem names the draft's field.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationProblem> Problems) : SaveLinkedRecordResult;

    /// <summary>Someone else saved the record since the draft was loaded: reload, then edit again.</summary>
    public sealed record Conflict : SaveLinkedRecordResult;

    /// <summary>The actor may not edit this product's records.</summary>
    public sealed record Forbidden : SaveLinkedRecordResult;

    /// <summary>No such product, or no such record linked to it.</summary>
    public sealed record NotFound : SaveLinkedRecordResult;
}
