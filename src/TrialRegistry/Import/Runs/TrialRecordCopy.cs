using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// Overwrites a stored trial with a newly imported mapping of the same record: every record field
/// and child list, the source record and hash. Keeps what identifies the row: Id, RegistryId,
/// CreatedAt and the concurrency token (so a concurrent edit makes the save fail, not vanish).
/// A direct copy rather than the editor's draft: the draft does not carry every field (posting dates,
/// results flag, source record), and the import must not lose any.
/// </summary>
internal static class TrialRecordCopy
{
    /// <param name="stored">Tracked, loaded with its children (TrialEditQueries.WithRecord).</param>
    /// <param name="incoming">The mapped trial, never added to the context.</param>
    public static void Apply(RegistryDbContext db, Trial stored, Trial incoming)
    {
        stored.OrgStudyId = incoming.OrgStudyId;
        stored.BriefTitle = incoming.BriefTitle;
        stored.OfficialTitle = incoming.OfficialTitle;
        stored.Acronym = incoming.Acronym;
        stored.OverallStatus = incoming.OverallStatus;
        stored.LastKnownStatus = incoming.LastKnownStatus;
        stored.WhyStopped = incoming.WhyStopped;
        stored.StudyType = incoming.StudyType;
        stored.Phases = [.. incoming.Phases];
        stored.Design = incoming.Design;
        stored.EnrollmentCount = incoming.EnrollmentCount;
        stored.EnrollmentType = incoming.EnrollmentType;
        stored.StartDate = incoming.StartDate;
        stored.PrimaryCompletionDate = incoming.PrimaryCompletionDate;
        stored.CompletionDate = incoming.CompletionDate;
        stored.StudyFirstPostDate = incoming.StudyFirstPostDate;
        stored.ResultsFirstPostDate = incoming.ResultsFirstPostDate;
        stored.LastUpdatePostDate = incoming.LastUpdatePostDate;
        stored.StatusVerifiedDate = incoming.StatusVerifiedDate;
        stored.StudyFirstSubmitDate = incoming.StudyFirstSubmitDate;
        stored.LastUpdateSubmitDate = incoming.LastUpdateSubmitDate;
        stored.BriefSummary = incoming.BriefSummary;
        stored.DetailedDescription = incoming.DetailedDescription;
        stored.Eligibility = incoming.Eligibility;
        stored.Keywords = [.. incoming.Keywords];
        stored.IsInvestigatorInitiated = incoming.IsInvestigatorInitiated;
        stored.HasResults = incoming.HasResults;
        stored.ResponsiblePartyType = incoming.ResponsiblePartyType;
        stored.ResponsibleInvestigator = incoming.ResponsibleInvestigator;

        // The navigation only: EF takes the key from it (a sponsor created by this run has none yet).
        stored.LeadSponsor = incoming.LeadSponsor;

        ReplaceCollaborators(db, stored, incoming);
        ReplaceConditions(db, stored, incoming);
        Replace(db, stored.SecondaryIds, incoming.SecondaryIds);
        Replace(db, stored.Arms, incoming.Arms);
        Replace(db, stored.Interventions, incoming.Interventions);
        Replace(db, stored.Outcomes, incoming.Outcomes);
        Replace(db, stored.Locations, incoming.Locations);
        Replace(db, stored.Contacts, incoming.Contacts);

        stored.Source = incoming.Source;
        stored.SourceRecord = incoming.SourceRecord;
        stored.SourceHash = incoming.SourceHash;
        stored.IsSynthetic = incoming.IsSynthetic;
        stored.UpdatedAt = incoming.UpdatedAt;
        stored.RefreshDerivedFields();
    }

    /// <summary>Rows with their own id: the old ones go, the new ones come.</summary>
    private static void Replace<T>(RegistryDbContext db, List<T> stored, List<T> incoming)
        where T : class
    {
        db.RemoveRange(stored);
        stored.Clear();
        stored.AddRange(incoming);
    }

    /// <summary>
    /// Keyed by (trial, organization): an organization that stays keeps its row (deleting and
    /// re-adding the same key in one save is refused by EF), with its new position.
    /// </summary>
    private static void ReplaceCollaborators(RegistryDbContext db, Trial stored, Trial incoming)
    {
        var kept = new List<TrialCollaborator>();
        foreach (var collaborator in incoming.Collaborators)
        {
            var existing = stored.Collaborators.FirstOrDefault(c => ReferenceEquals(c.Organization, collaborator.Organization));
            if (existing is null)
            {
                kept.Add(collaborator);
            }
            else
            {
                existing.Ordinal = collaborator.Ordinal;
                kept.Add(existing);
            }
        }

        db.RemoveRange(stored.Collaborators.Except(kept));
        stored.Collaborators.Clear();
        stored.Collaborators.AddRange(kept);
    }

    private static void ReplaceConditions(RegistryDbContext db, Trial stored, Trial incoming)
    {
        var kept = new List<TrialCondition>();
        foreach (var condition in incoming.Conditions)
        {
            var existing = stored.Conditions.FirstOrDefault(c => ReferenceEquals(c.Condition, condition.Condition));
            if (existing is null)
            {
                kept.Add(condition);
            }
            else
            {
                existing.Ordinal = condition.Ordinal;
                kept.Add(existing);
            }
        }

        db.RemoveRange(stored.Conditions.Except(kept));
        stored.Conditions.Clear();
        stored.Conditions.AddRange(kept);
    }
}
