using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.LinkedRecords;

public enum TranslationalStudyKind
{
    InVitro,
    InVivo,
    ExVivo,
    Biomarker,
    Pharmacology,
    Manufacturing,
    Review,
    Other,
}

/// <summary>Translational-medicine evidence: preclinical and mechanistic work on a product.</summary>
public class TranslationalStudy
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Journal or conference.</summary>
    public string? Venue { get; set; }

    public DateOnly? Date { get; set; }

    public TranslationalStudyKind Kind { get; set; }

    public string? Summary { get; set; }

    public string? Url { get; set; }

    public string? Doi { get; set; }

    /// <summary>PubMed id (PMID): digits only.</summary>
    public string? PubMedId { get; set; }

    public List<Product> Products { get; set; } = [];

    public List<Organization> Organizations { get; set; } = [];

    public List<Trial> Trials { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public uint Version { get; set; }
}
