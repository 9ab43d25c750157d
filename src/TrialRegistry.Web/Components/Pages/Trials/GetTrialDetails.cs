using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Trials;

/// <summary>
/// What the trial page shows. Plain records (no entities) so the prerendered copy can be persisted
/// into the page as JSON and reused by the interactive render instead of querying again.
/// </summary>
public sealed record TrialDetailsView(
    string RegistryId,
    string? OrgStudyId,
    string? Acronym,
    string BriefTitle,
    string? OfficialTitle,
    OverallStatus OverallStatus,
    OverallStatus? LastKnownStatus,
    string? WhyStopped,
    List<Phase> Phases,
    StudyType StudyType,
    int? EnrollmentCount,
    EnrollmentType? EnrollmentType,
    RegistryDate? StartDate,
    RegistryDate? PrimaryCompletionDate,
    RegistryDate? CompletionDate,
    RegistryDate? StatusVerifiedDate,
    string? BriefSummary,
    EligibilityView Eligibility,
    bool IsInvestigatorInitiated,
    bool IsSynthetic,
    OrganizationLink LeadSponsor,
    List<OrganizationLink> Collaborators,
    List<string> Conditions,
    List<InterventionView> Interventions,
    List<LocationView> Locations,
    List<SecondaryIdView> SecondaryIds);

public sealed record EligibilityView(Sex? Sex, string? MinimumAge, string? MaximumAge, bool? HealthyVolunteers);

public sealed record InterventionView(InterventionType Type, string Name, int? ProductId, string? ProductName);

public sealed record LocationView(string? Facility, string? City, string? State, string? Country, RecruitmentStatus? Status);

public sealed record SecondaryIdView(string Value, SecondaryIdType Type, string? Domain);

public static class GetTrialDetails
{
    /// <summary>The trial with this registry id, or null. Split queries: one per list, no row explosion.</summary>
    public static Task<TrialDetailsView?> QueryAsync(RegistryDbContext db, string registryId, CancellationToken cancellationToken)
        => db.Trials
            .AsNoTracking()
            .AsSplitQuery()
            .Where(t => t.RegistryId == registryId)
            .Select(t => new TrialDetailsView(
                t.RegistryId,
                t.OrgStudyId,
                t.Acronym,
                t.BriefTitle,
                t.OfficialTitle,
                t.OverallStatus,
                t.LastKnownStatus,
                t.WhyStopped,
                t.Phases,
                t.StudyType,
                t.EnrollmentCount,
                t.EnrollmentType,
                t.StartDate,
                t.PrimaryCompletionDate,
                t.CompletionDate,
                t.StatusVerifiedDate,
                t.BriefSummary,
                new EligibilityView(t.Eligibility.Sex, t.Eligibility.MinimumAge, t.Eligibility.MaximumAge, t.Eligibility.HealthyVolunteers),
                t.IsInvestigatorInitiated,
                t.IsSynthetic,
                new OrganizationLink(t.LeadSponsor.Id, t.LeadSponsor.Name),
                t.Collaborators.OrderBy(c => c.Ordinal).Select(c => new OrganizationLink(c.Organization.Id, c.Organization.Name)).ToList(),
                t.Conditions.OrderBy(c => c.Ordinal).Select(c => c.Condition.Name).ToList(),
                t.Interventions.OrderBy(i => i.Ordinal)
                    .Select(i => new InterventionView(i.Type, i.Name, i.ProductId, i.Product == null ? null : i.Product.Name)).ToList(),
                t.Locations.OrderBy(l => l.Ordinal)
                    .Select(l => new LocationView(l.Facility, l.City, l.State, l.Country, l.Status)).ToList(),
                t.SecondaryIds.OrderBy(s => s.Id).Select(s => new SecondaryIdView(s.Value, s.Type, s.Domain)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
}
