namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// What an editor form holds for one linked record, before it is checked and saved: plain mutable
/// values (forms bind to them), references by what a user knows (a trial's registry id, an
/// organization's name). <see cref="SaveLinkedRecord"/> validates, resolves and applies it.
/// </summary>
public abstract class LinkedRecordDraft
{
    /// <summary>The record edited; null for a new one.</summary>
    public int? Id { get; set; }

    /// <summary>The record's concurrency token (xmin) when it was loaded; null for a new one.</summary>
    public uint? Version { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Url { get; set; }

    /// <summary>
    /// The products the record belongs to. The product whose page it is edited from is always kept,
    /// whether listed here or not.
    /// </summary>
    public List<int> ProductIds { get; set; } = [];

    /// <summary>Registry ids of the trials the record is about ("NCT03562065"); each must be registered.</summary>
    public List<string> TrialRegistryIds { get; set; } = [];
}

/// <summary>
/// An organization named in a draft: by id when picked from a list, otherwise by name or alias,
/// matched as the importer matches them (<see cref="Common.NameNormalizer"/>). Editors never create
/// organizations: an unknown name is a validation problem.
/// </summary>
public sealed record OrganizationRef(int? Id, string? Name)
{
    public static OrganizationRef ByName(string name) => new(null, name);

    public override string ToString() => Name ?? $"#{Id}";
}

public sealed class ClinicalResultDraft : LinkedRecordDraft
{
    public ClinicalResultSource Source { get; set; } = ClinicalResultSource.Publication;

    /// <summary>When the result was published or presented.</summary>
    public DateOnly? Date { get; set; }

    public string? Indication { get; set; }

    public List<Trials.Phase> Phases { get; set; } = [];

    public string? OutcomeSummary { get; set; }

    public string? Doi { get; set; }

    /// <summary>PubMed id (PMID), digits only ("31015043").</summary>
    public string? PubMedId { get; set; }

    public List<OrganizationRef> Organizations { get; set; } = [];
}

public sealed class TranslationalStudyDraft : LinkedRecordDraft
{
    public string? Venue { get; set; }

    public DateOnly? Date { get; set; }

    public TranslationalStudyKind Kind { get; set; } = TranslationalStudyKind.InVitro;

    public string? Summary { get; set; }

    public string? Doi { get; set; }

    /// <summary>PubMed id (PMID), digits only ("31015043").</summary>
    public string? PubMedId { get; set; }

    public List<OrganizationRef> Organizations { get; set; } = [];
}

public sealed class PatentDraft : LinkedRecordDraft
{
    /// <summary>As typed ("WO 2019/123456 A1"); stored compact ("WO2019123456A1"), its office as the jurisdiction.</summary>
    public string PublicationNumber { get; set; } = string.Empty;

    public PatentLegalStatus LegalStatus { get; set; } = PatentLegalStatus.Pending;

    public PatentType Type { get; set; } = PatentType.Product;

    public DateOnly? PriorityDate { get; set; }

    public DateOnly? FilingDate { get; set; }

    public DateOnly? PublicationDate { get; set; }

    /// <summary>When the patent was granted; optional even for a granted patent (ADR 0013).</summary>
    public DateOnly? GrantDate { get; set; }

    public string? Abstract { get; set; }

    public List<OrganizationRef> Assignees { get; set; } = [];
}

public sealed class DealDraft : LinkedRecordDraft
{
    /// <summary>When the deal was announced or signed.</summary>
    public DateOnly? Date { get; set; }

    public DealType Type { get; set; } = DealType.Licensing;

    public DealStatus Status { get; set; } = DealStatus.Announced;

    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    public decimal? Upfront { get; set; }

    public decimal? Milestones { get; set; }

    public string? Summary { get; set; }

    public List<DealPartyDraft> Parties { get; set; } = [];
}

/// <summary>One party of a deal draft: mutable, a form row binds to it.</summary>
public sealed class DealPartyDraft
{
    public OrganizationRef? Organization { get; set; }

    public DealRole Role { get; set; } = DealRole.Partner;
}
