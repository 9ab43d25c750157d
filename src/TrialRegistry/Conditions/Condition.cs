namespace TrialRegistry.Conditions;

/// <summary>A condition as registered ("Lupus Erythematosus"), with its MeSH term where known.</summary>
public class Condition
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    public string? MeshTerm { get; set; }

    /// <summary>MeSH descriptor id as CT.gov v2 writes it, e.g. D000008180.</summary>
    public string? MeshId { get; set; }

    public uint Version { get; set; }
}
