using TrialRegistry.Organizations;

namespace TrialRegistry.Products;

public enum ProductType
{
    SmallMolecule,
    Biologic,
    Antibody,
    CellTherapy,
    GeneTherapy,
    Vaccine,
    Device,
    Diagnostic,
    Procedure,
    Other,
}

/// <summary>
/// The drug-intelligence entity an intervention can be linked to: "Allogeneic Umbilical Cord derived
/// Mesenchymal Stem Cells" of APHP, with its aliases and developers.
/// </summary>
public class Product
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    public ProductType Type { get; set; }

    public string? Description { get; set; }

    public List<ProductAlias> Aliases { get; set; } = [];

    public List<Organization> Developers { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public uint Version { get; set; }
}
