namespace TrialRegistry.Trials;

/// <summary>CT.gov designModule.designInfo (stored as columns of the trial row).</summary>
public class TrialDesign
{
    public PrimaryPurpose? PrimaryPurpose { get; set; }

    public DesignAllocation? Allocation { get; set; }

    public InterventionalAssignment? InterventionModel { get; set; }

    public string? InterventionModelDescription { get; set; }

    public DesignMasking? Masking { get; set; }

    public string? MaskingDescription { get; set; }

    public List<WhoMasked> WhoMasked { get; set; } = [];

    public ObservationalModel? ObservationalModel { get; set; }

    public TimePerspective? TimePerspective { get; set; }
}
