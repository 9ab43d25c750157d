namespace TrialRegistry.Products;

/// <summary>Another name of a product (code name, INN, brand); interventions are linked by these too.</summary>
public class ProductAlias
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }
}
