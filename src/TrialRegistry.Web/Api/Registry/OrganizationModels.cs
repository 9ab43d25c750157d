namespace TrialRegistry.Web.Api.Registry;

/// <summary>One organization of the list; <paramref name="LeadTrialCount"/> counts the trials it sponsors.</summary>
/// <param name="MatchedAlias">The alias the search matched when the name did not ("AP-HP").</param>
public sealed record OrganizationListItem(int Id, string Name, string Class, string? Country, int LeadTrialCount, string? MatchedAlias);

/// <summary>How many trials the organization leads and how many it collaborates on.</summary>
public sealed record OrganizationTrialCounts(int LeadSponsor, int Collaborator);

/// <summary>
/// A product of the organization's pipeline: one it develops or that its trials test, with the
/// highest phase reached by any trial of the product (its stage of development).
/// </summary>
public sealed record OrganizationProduct(
    int Id,
    string Name,
    string Type,
    string? HighestPhase,
    int TrialCount,
    bool IsDeveloper,
    int OrganizationTrialCount);

public sealed record OrganizationPatent(
    string PublicationNumber,
    string Title,
    string Jurisdiction,
    string Type,
    string LegalStatus,
    DateOnly? PriorityDate,
    DateOnly? PublicationDate,
    string? Url,
    IReadOnlyList<ProductReference> Products);

public sealed record OrganizationDeal(
    string Title,
    DateOnly? Date,
    string Type,
    string Status,
    decimal? Value,
    string? Currency,
    string? Url,
    IReadOnlyList<string> Roles,
    IReadOnlyList<OrganizationReference> OtherParties,
    IReadOnlyList<ProductReference> Products);

/// <summary>The newest <paramref name="Items"/> (at most 50) of <paramref name="Total"/>.</summary>
public sealed record RecentRecords<T>(int Total, IReadOnlyList<T> Items);

public sealed record ProductReference(int Id, string Name);

/// <summary>An organization: names, kind, trial counts, pipeline, and its newest patents and deals.</summary>
/// <param name="Trials">The address of its trial list (registry ids and more, paged).</param>
public sealed record OrganizationDocument(
    int Id,
    string Name,
    string Class,
    string? Country,
    IReadOnlyList<string> Aliases,
    bool IsSynthetic,
    OrganizationTrialCounts TrialCounts,
    IReadOnlyList<OrganizationProduct> Pipeline,
    RecentRecords<OrganizationPatent> Patents,
    RecentRecords<OrganizationDeal> Deals,
    string Trials);

/// <summary>A trial of the organization's list.</summary>
/// <param name="StartDate">CT.gov partial date: yyyy, yyyy-MM or yyyy-MM-dd.</param>
public sealed record OrganizationTrial(
    string RegistryId,
    string BriefTitle,
    string OverallStatus,
    string? LastKnownStatus,
    IReadOnlyList<string> Phases,
    OrganizationReference LeadSponsor,
    string? StartDate,
    string? LastUpdatePostDate,
    int? EnrollmentCount);
