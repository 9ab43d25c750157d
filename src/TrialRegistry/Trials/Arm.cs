namespace TrialRegistry.Trials;

public class Arm
{
    public int Id { get; set; }

    public int TrialId { get; set; }

    public int Ordinal { get; set; }

    public required string Label { get; set; }

    public ArmGroupType? Type { get; set; }

    public string? Description { get; set; }

    /// <summary>Names of the interventions given in this arm ("Biological: mesenchymal stem cells").</summary>
    public List<string> InterventionNames { get; set; } = [];
}
