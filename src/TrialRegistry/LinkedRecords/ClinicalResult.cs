using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.LinkedRecords;

public enum ClinicalResultSource
{
    Publication,
    Conference,
    PressRelease,
    RegistryResults,
}

/// <summary>A reported clinical outcome of a product: a paper, an abstract, a press release, posted results.</summary>
public class ClinicalResult
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public ClinicalResultSource Source { get; set; }

    public DateOnly? Date { get; set; }

    public string? Indication { get; set; }

    public List<Phase> Phases { get; set; } = [];

    public string? OutcomeSummary { get; set; }

    public string? Url { get; set; }

    public string? Doi { get; set; }

    /// <summary>PubMed id (PMID): digits only.</summary>
    public string? PubMedId { get; set; }

    public List<Product> Products { get; set; } = [];

    public List<Organization> Organizations { get; set; } = [];

    /// <summary>The trial(s) the result reports on, where one applies.</summary>
    public List<Trial> Trials { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public uint Version { get; set; }
}
