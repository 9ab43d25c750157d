using TrialRegistry.Validation;

namespace TrialRegistry.Trials.Editing;

/// <summary>What <see cref="SaveTrial"/> did. Only <see cref="Saved"/> wrote anything.</summary>
public abstract record SaveTrialResult
{
    private SaveTrialResult()
    {
    }

    /// <summary>The trial is stored as version <paramref name="VersionNumber"/>.</summary>
    public sealed record Saved(string RegistryId, int VersionNumber) : SaveTrialResult;

    /// <summary>The draft breaks rules (paths of the draft = of the trial); nothing was written.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationProblem> Problems) : SaveTrialResult;

    /// <summary>
    /// Someone saved the trial after this edit began; nothing was written. <paramref name="Theirs"/> is
    /// the trial as stored now, with its new concurrency token.
    /// </summary>
    public sealed record Conflict(TrialDraft Theirs, string ChangedBy, DateTimeOffset ChangedAt) : SaveTrialResult;

    /// <summary>The actor may not edit this trial, or not give it that lead sponsor; nothing was written.</summary>
    public sealed record Forbidden(string Reason) : SaveTrialResult;

    /// <summary>No trial has this registry id.</summary>
    public sealed record NotFound(string RegistryId) : SaveTrialResult;
}
