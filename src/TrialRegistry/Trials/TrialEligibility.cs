namespace TrialRegistry.Trials;

/// <summary>CT.gov eligibilityModule (stored as columns of the trial row).</summary>
public class TrialEligibility
{
    public string? Criteria { get; set; }

    public Sex? Sex { get; set; }

    /// <summary>As the registry writes it, e.g. "18 Years", "6 Months".</summary>
    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public bool? HealthyVolunteers { get; set; }

    public List<StandardAge> StandardAges { get; set; } = [];

    public string? StudyPopulation { get; set; }
}
