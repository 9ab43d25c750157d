using TrialRegistry.Products;

namespace TrialRegistry.Trials;

/// <summary>An intervention as registered on a trial, optionally linked to the product it is.</summary>
public class Intervention
{
    public int Id { get; set; }

    public int TrialId { get; set; }

    public int Ordinal { get; set; }

    public InterventionType Type { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<string> OtherNames { get; set; } = [];

    public List<string> ArmGroupLabels { get; set; } = [];

    public int? ProductId { get; set; }

    public Product? Product { get; set; }
}
