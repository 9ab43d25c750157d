using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.LinkedRecords;

public enum PatentType
{
    Product,
    Combination,
    Process,
    NewUse,
    Formulation,
    Device,
    Other,
}

public enum PatentLegalStatus
{
    Pending,
    Granted,
    Expired,
    Lapsed,
    Withdrawn,
    Revoked,
}

public class Patent
{
    public int Id { get; set; }

    /// <summary>E.g. "WO2019012345A1", "EP3456789B1"; unique.</summary>
    public required string PublicationNumber { get; set; }

    public required string Title { get; set; }

    /// <summary>Patent office code: WO, EP, US, FR, CN...</summary>
    public required string Jurisdiction { get; set; }

    public PatentLegalStatus LegalStatus { get; set; }

    public PatentType Type { get; set; }

    public DateOnly? PriorityDate { get; set; }

    public DateOnly? FilingDate { get; set; }

    public DateOnly? PublicationDate { get; set; }

    /// <summary>When the patent was granted (null while pending or when unknown).</summary>
    public DateOnly? GrantDate { get; set; }

    public string? Abstract { get; set; }

    public string? Url { get; set; }

    public List<Organization> Assignees { get; set; } = [];

    public List<Product> Products { get; set; } = [];

    public List<Trial> Trials { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public uint Version { get; set; }
}
