namespace TrialRegistry.Web.Api.Registry;

/// <summary>An organization as the API refers to it; its page is /api/registry/organizations/{id}.</summary>
public sealed record OrganizationReference(int Id, string Name);

/// <summary>One product of the products list.</summary>
/// <param name="MatchedAlias">The alias the search matched when the name did not.</param>
public sealed record ProductListItem(int Id, string Name, string Type, IReadOnlyList<string> Developers, int TrialCount, string? MatchedAlias);

/// <summary>How many records of each kind the product has (for the organization asked for, or all).</summary>
public sealed record ProductRecordCounts(int Trials, int ClinicalResults, int TranslationalStudies, int Patents, int Deals);

/// <summary>A developer, or an organization of at least one of the product's trials or linked records (<paramref name="Records"/> counts those).</summary>
public sealed record ProductOrganization(int Id, string Name, bool IsDeveloper, int Records);

/// <summary>Where each list of the product's records is.</summary>
public sealed record ProductRecordLinks(string Trials, string ClinicalResults, string TranslationalStudies, string Patents, string Deals);

/// <summary>A product with its developers, aliases, record counts and associated organizations.</summary>
public sealed record ProductDocument(
    int Id,
    string Name,
    string Type,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OrganizationReference> Developers,
    bool IsSynthetic,
    int? OrganizationId,
    ProductRecordCounts Counts,
    IReadOnlyList<ProductOrganization> Organizations,
    ProductRecordLinks Links);

/// <summary>A trial testing the product (one of its interventions is linked to it).</summary>
/// <param name="StartDate">CT.gov partial date: yyyy, yyyy-MM or yyyy-MM-dd.</param>
public sealed record ProductTrial(
    string RegistryId,
    string BriefTitle,
    string OverallStatus,
    string? LastKnownStatus,
    IReadOnlyList<string> Phases,
    OrganizationReference LeadSponsor,
    string? StartDate);

public sealed record ProductClinicalResult(
    int Id,
    string Title,
    string Source,
    DateOnly? Date,
    string? Indication,
    IReadOnlyList<string> Phases,
    string? OutcomeSummary,
    string? Url,
    string? Doi,
    string? PubMedId,
    IReadOnlyList<string> Trials,
    IReadOnlyList<OrganizationReference> Organizations);

public sealed record ProductTranslationalStudy(
    int Id,
    string Title,
    string Kind,
    string? Venue,
    DateOnly? Date,
    string? Summary,
    string? Url,
    string? Doi,
    string? PubMedId,
    IReadOnlyList<string> Trials,
    IReadOnlyList<OrganizationReference> Organizations);

public sealed record ProductPatent(
    int Id,
    string PublicationNumber,
    string Title,
    string Jurisdiction,
    string Type,
    string LegalStatus,
    DateOnly? PriorityDate,
    DateOnly? FilingDate,
    DateOnly? PublicationDate,
    DateOnly? GrantDate,
    string? Abstract,
    string? Url,
    IReadOnlyList<OrganizationReference> Assignees,
    IReadOnlyList<string> Trials);

public sealed record ProductDealParty(OrganizationReference Organization, string Role);

/// <summary>A deal; amounts are in <paramref name="Currency"/> (ISO 4217).</summary>
public sealed record ProductDeal(
    int Id,
    string Title,
    DateOnly? Date,
    string Type,
    string Status,
    decimal? Value,
    string? Currency,
    decimal? Upfront,
    decimal? Milestones,
    string? Summary,
    string? Url,
    IReadOnlyList<ProductDealParty> Parties,
    IReadOnlyList<string> Trials);
