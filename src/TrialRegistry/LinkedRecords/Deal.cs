using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.LinkedRecords;

public enum DealType
{
    Licensing,
    Collaboration,
    CoDevelopment,
    Acquisition,
    Merger,
    Option,
    Supply,
    Manufacturing,
    Grant,
    Other,
}

public enum DealStatus
{
    Announced,
    Active,
    Completed,
    Terminated,
}

public enum DealRole
{
    Principal,
    Partner,
}

public class Deal
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public DateOnly? Date { get; set; }

    public DealType Type { get; set; }

    public DealStatus Status { get; set; }

    /// <summary>Total announced value in <see cref="Currency"/>.</summary>
    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code, e.g. EUR.</summary>
    public string? Currency { get; set; }

    public decimal? Upfront { get; set; }

    public decimal? Milestones { get; set; }

    public string? Summary { get; set; }

    public string? Url { get; set; }

    public List<DealParty> Parties { get; set; } = [];

    public List<Product> Products { get; set; } = [];

    public List<Trial> Trials { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public uint Version { get; set; }
}

/// <summary>An organization's part in a deal: the principal (licensor, acquirer) or a partner.</summary>
public class DealParty
{
    public int DealId { get; set; }

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public DealRole Role { get; set; }
}
