using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// One product of a pipeline view: its highest phase among the trials counted (null when none of
/// them has a phase), how many trials those are, and why it is listed.
/// </summary>
public sealed record BrowsePipelineRow(
    int ProductId,
    string Name,
    ProductType Type,
    Phase? HighestPhase,
    int TrialCount,
    bool IsDeveloper = false,
    int ScopeTrialCount = 0);
