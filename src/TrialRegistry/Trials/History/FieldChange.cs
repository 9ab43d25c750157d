namespace TrialRegistry.Trials.History;

public enum ChangeKind
{
    /// <summary>The field had no value before (or the row or list item did not exist).</summary>
    Added,

    /// <summary>The field has no value after (or the row or list item is gone).</summary>
    Removed,

    /// <summary>The field has a different value.</summary>
    Changed,
}

/// <summary>
/// One difference between two snapshots of a record.
/// </summary>
/// <param name="Path">Property path in the snapshot, as validation uses it: "BriefTitle",
/// "Eligibility.MinimumAge", "Arms[1].Label" (indexes from 0; a removed row or item has its index
/// in the older snapshot, any other its index in the newer one).</param>
/// <param name="Label">A human name for the path: "Brief title", "Arm 2 › Label".</param>
/// <param name="Before">The old value as text; null when it had none. A removed row is summarized
/// as "Label: value; Label: value".</param>
/// <param name="After">The new value as text; null when it has none.</param>
/// <param name="TextDiff">For a changed long or multi-line text: its word-level difference, line by line.</param>
public sealed record FieldChange(
    string Path,
    string Label,
    ChangeKind Kind,
    string? Before,
    string? After,
    IReadOnlyList<TextDiffLine>? TextDiff)
{
    /// <summary>The top-level property the change is under ("Arms" for "Arms[1].Label").</summary>
    public string TopLevelField => TrialDiffLabels.TopLevelField(Path);

    /// <summary>The record section the change belongs to, as the record page orders them ("Status and dates").</summary>
    public string Section => TrialDiffLabels.Section(TopLevelField);
}

public enum TextDiffKind
{
    Unchanged,
    Inserted,
    Deleted,
}

/// <summary>A run of text that was kept, inserted or deleted.</summary>
public sealed record TextDiffSegment(TextDiffKind Kind, string Text);

/// <summary>
/// One line of a text difference. <see cref="TextDiffKind.Unchanged"/>, <see cref="TextDiffKind.Inserted"/>
/// or <see cref="TextDiffKind.Deleted"/> when the whole line is; null (a changed line) when it mixes them.
/// </summary>
public sealed record TextDiffLine(TextDiffKind? Kind, IReadOnlyList<TextDiffSegment> Segments)
{
    public bool IsUnchanged => Kind == TextDiffKind.Unchanged;
}
