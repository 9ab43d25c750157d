namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// One named row of counts for <see cref="CountChart"/>: one value per chart label. A color keeps a
/// series recognizable when others come and go (a filter that leaves no trials must not repaint deals).
/// </summary>
public sealed record CountSeries(string Name, IReadOnlyList<int> Counts, string? Color = null);
