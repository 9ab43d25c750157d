using System.Text.Json;

namespace TrialRegistry.Trials;

public enum ChangeSource
{
    Edit,
    Import,
    DemoData,
}

/// <summary>One saved state of a trial: who changed it, when, from where, and the full record.</summary>
public class TrialVersion
{
    public long Id { get; set; }

    public int TrialId { get; set; }

    public Trial Trial { get; set; } = null!;

    /// <summary>1 for the first version of a trial, then +1 per saved change.</summary>
    public int Number { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>User name, or the importer's name for imports.</summary>
    public required string ChangedBy { get; set; }

    /// <summary>The Identity user id of an edit; null for imports and demo data.</summary>
    public string? ChangedByUserId { get; set; }

    public ChangeSource Source { get; set; }

    public string? ChangeNote { get; set; }

    /// <summary>The full record after the change: the editor's TrialDraft as JSON (Trials/Editing/TrialDraft.JsonOptions).</summary>
    public required JsonDocument Snapshot { get; set; }
}
