using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// The trials an organization or condition page lists or counts. Every id given narrows the set;
/// none lists every trial. <see cref="OrganizationId"/> is "any role": lead sponsor or collaborator.
/// </summary>
public sealed record BrowseTrialScope(
    int? LeadSponsorId = null,
    int? CollaboratorId = null,
    int? OrganizationId = null,
    int? ConditionId = null)
{
    public static BrowseTrialScope LeadSponsor(int organizationId) => new(LeadSponsorId: organizationId);

    public static BrowseTrialScope Collaborator(int organizationId) => new(CollaboratorId: organizationId);

    public static BrowseTrialScope Organization(int organizationId) => new(OrganizationId: organizationId);

    public static BrowseTrialScope Condition(int conditionId) => new(ConditionId: conditionId);

    /// <summary>The scope's trials, untracked, ready for more filters, counts or a page.</summary>
    public IQueryable<Trial> Trials(RegistryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trials = db.Trials.AsNoTracking();
        if (LeadSponsorId is { } leadId)
        {
            trials = trials.Where(t => t.LeadSponsorId == leadId);
        }

        if (CollaboratorId is { } collaboratorId)
        {
            trials = trials.Where(t => t.Collaborators.Any(c => c.OrganizationId == collaboratorId));
        }

        if (OrganizationId is { } organizationId)
        {
            // id IN (led UNION collaborated): two index lookups. "lead = x OR EXISTS (collaborator)" reads
            // every trial instead, as PostgreSQL cannot combine an OR with a subquery into index scans.
            var led = db.Trials.Where(t => t.LeadSponsorId == organizationId).Select(t => t.Id);
            var collaborated = db.Set<TrialCollaborator>().Where(c => c.OrganizationId == organizationId).Select(c => c.TrialId);
            var ids = led.Union(collaborated);
            trials = trials.Where(t => ids.Contains(t.Id));
        }

        if (ConditionId is { } conditionId)
        {
            trials = trials.Where(t => t.Conditions.Any(c => c.ConditionId == conditionId));
        }

        return trials;
    }
}
