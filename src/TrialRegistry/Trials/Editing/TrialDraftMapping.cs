using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Data;
using TrialRegistry.Import;
using TrialRegistry.Organizations;
using TrialRegistry.Validation;

namespace TrialRegistry.Trials.Editing;

/// <summary>Between a <see cref="Trial"/> entity and its editing form.</summary>
public static class TrialDraftMapping
{
    /// <summary>
    /// The draft of a trial loaded with its children (<see cref="TrialEditQueries.WithRecord"/>), with
    /// the trial's concurrency token.
    /// </summary>
    public static TrialDraft FromTrial(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new TrialDraft
        {
            RegistryId = trial.RegistryId,
            Version = trial.Version,
            OrgStudyId = trial.OrgStudyId,
            BriefTitle = trial.BriefTitle,
            OfficialTitle = trial.OfficialTitle,
            Acronym = trial.Acronym,
            SecondaryIds = trial.SecondaryIds.OrderBy(s => s.Id)
                .Select(s => new SecondaryIdDraft { Value = s.Value, Type = s.Type, Domain = s.Domain, Link = s.Link })
                .ToList(),
            OverallStatus = trial.OverallStatus,
            LastKnownStatus = trial.LastKnownStatus,
            WhyStopped = trial.WhyStopped,
            StatusVerifiedDate = DateDraft.From(trial.StatusVerifiedDate),
            StartDate = DateDraft.From(trial.StartDate),
            PrimaryCompletionDate = DateDraft.From(trial.PrimaryCompletionDate),
            CompletionDate = DateDraft.From(trial.CompletionDate),
            LeadSponsor = new OrganizationDraft { Id = trial.LeadSponsor.Id, Name = trial.LeadSponsor.Name },
            Collaborators = trial.Collaborators.OrderBy(c => c.Ordinal)
                .Select(c => new OrganizationDraft { Id = c.Organization.Id, Name = c.Organization.Name })
                .ToList(),
            ResponsiblePartyType = trial.ResponsiblePartyType,
            ResponsibleInvestigator = trial.ResponsibleInvestigator,
            BriefSummary = trial.BriefSummary,
            DetailedDescription = trial.DetailedDescription,
            Conditions = trial.Conditions.OrderBy(c => c.Ordinal).Select(c => c.Condition.Name).ToList(),
            Keywords = [.. trial.Keywords],
            StudyType = trial.StudyType,
            Phases = [.. trial.Phases],
            Design = Copy(trial.Design),
            EnrollmentCount = trial.EnrollmentCount,
            EnrollmentType = trial.EnrollmentType,
            Arms = trial.Arms.OrderBy(a => a.Ordinal)
                .Select(a => new ArmDraft { Label = a.Label, Type = a.Type, Description = a.Description, InterventionNames = [.. a.InterventionNames] })
                .ToList(),
            Interventions = trial.Interventions.OrderBy(i => i.Ordinal)
                .Select(i => new InterventionDraft
                {
                    Type = i.Type,
                    Name = i.Name,
                    Description = i.Description,
                    OtherNames = [.. i.OtherNames],
                    ArmGroupLabels = [.. i.ArmGroupLabels],
                    ProductId = i.ProductId,
                    ProductName = i.Product?.Name,
                })
                .ToList(),
            Outcomes = trial.Outcomes.OrderBy(o => o.Kind).ThenBy(o => o.Ordinal)
                .Select(o => new OutcomeDraft { Kind = o.Kind, Measure = o.Measure, TimeFrame = o.TimeFrame, Description = o.Description })
                .ToList(),
            Eligibility = Copy(trial.Eligibility),
            Contacts = trial.Contacts.OrderBy(c => c.Kind).ThenBy(c => c.Ordinal)
                .Select(c => new ContactDraft { Kind = c.Kind, Name = c.Name, Role = c.Role, Affiliation = c.Affiliation, Phone = c.Phone, Email = c.Email })
                .ToList(),
            Locations = trial.Locations.OrderBy(l => l.Ordinal)
                .Select(l => new LocationDraft
                {
                    Facility = l.Facility,
                    City = l.City,
                    State = l.State,
                    Zip = l.Zip,
                    Country = l.Country,
                    Status = l.Status,
                    Latitude = l.Latitude,
                    Longitude = l.Longitude,
                })
                .ToList(),
        };
    }

    /// <summary>
    /// Writes the draft into a tracked trial (loaded with its children, or new): scalar fields and
    /// modules; condition and organization names resolved to existing rows by their
    /// <see cref="NameNormalizer"/> key or alias, and created when unknown; child lists updated in
    /// place (row by row, so unchanged rows stay unchanged). The registry id is not touched.
    /// </summary>
    /// <remarks>
    /// Orders the draft's outcomes and contacts by kind (stable), as the trial stores them, so the
    /// validator's "Outcomes[i]" paths name the same rows in the draft.
    /// </remarks>
    /// <returns>What could not be written (a date that is not a date, a nameless organization, an
    /// unknown product): the caller refuses the save. Paths are the draft's (= the trial's).</returns>
    public static async Task<IReadOnlyList<ValidationProblem>> ApplyToAsync(
        Trial trial, TrialDraft draft, RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(db);
        var problems = new List<ValidationProblem>();
        var names = new NameResolution(db);
        draft.Outcomes = draft.Outcomes.OrderBy(o => o.Kind).ToList();
        draft.Contacts = draft.Contacts.OrderBy(c => c.Kind).ToList();

        trial.OrgStudyId = Clean(draft.OrgStudyId);
        trial.BriefTitle = draft.BriefTitle?.Trim() ?? string.Empty;
        trial.OfficialTitle = Clean(draft.OfficialTitle);
        trial.Acronym = Clean(draft.Acronym);
        Sync(trial.SecondaryIds, draft.SecondaryIds, () => new TrialSecondaryId { Value = string.Empty }, (d, e) =>
        {
            e.Value = d.Value?.Trim() ?? string.Empty;
            e.Type = d.Type;
            e.Domain = Clean(d.Domain);
            e.Link = Clean(d.Link);
        });

        trial.OverallStatus = draft.OverallStatus;
        trial.LastKnownStatus = draft.LastKnownStatus;
        trial.WhyStopped = Clean(draft.WhyStopped);
        trial.StatusVerifiedDate = ReadDate(draft.StatusVerifiedDate, nameof(TrialDraft.StatusVerifiedDate), problems, withType: false);
        trial.StartDate = ReadDate(draft.StartDate, nameof(TrialDraft.StartDate), problems);
        trial.PrimaryCompletionDate = ReadDate(draft.PrimaryCompletionDate, nameof(TrialDraft.PrimaryCompletionDate), problems);
        trial.CompletionDate = ReadDate(draft.CompletionDate, nameof(TrialDraft.CompletionDate), problems);

        var sponsor = await names.OrganizationAsync(draft.LeadSponsor, cancellationToken);
        if (sponsor is null)
        {
            problems.Add(new(nameof(TrialDraft.LeadSponsor), "Enter the lead sponsor's name."));
        }
        else if (trial.LeadSponsor is null || trial.LeadSponsor != sponsor)
        {
            trial.LeadSponsor = sponsor;
            trial.IsInvestigatorInitiated = InvestigatorInitiatedRule.IsInvestigatorInitiated(sponsor.Class);
        }

        await SyncCollaboratorsAsync(trial, draft, names, problems, cancellationToken);
        trial.ResponsiblePartyType = draft.ResponsiblePartyType;
        trial.ResponsibleInvestigator = Clean(draft.ResponsibleInvestigator);

        trial.BriefSummary = Clean(draft.BriefSummary);
        trial.DetailedDescription = Clean(draft.DetailedDescription);
        await SyncConditionsAsync(trial, draft, names, problems, cancellationToken);
        trial.Keywords = draft.Keywords.Select(k => k?.Trim()).Where(k => !string.IsNullOrEmpty(k)).Select(k => k!).ToList();

        trial.StudyType = draft.StudyType;
        trial.Phases = draft.Phases.Distinct().Order().ToList();
        trial.Design = Copy(draft.Design);
        trial.EnrollmentCount = draft.EnrollmentCount;
        trial.EnrollmentType = draft.EnrollmentType;

        SyncOrdered(trial.Arms, draft.Arms, () => new Arm { Label = string.Empty }, (d, e, i) =>
        {
            e.Ordinal = i;
            e.Label = d.Label?.Trim() ?? string.Empty;
            e.Type = d.Type;
            e.Description = Clean(d.Description);
            e.InterventionNames = CleanList(d.InterventionNames);
        });
        await CheckProductsAsync(draft, db, problems, cancellationToken);
        SyncOrdered(trial.Interventions, draft.Interventions, () => new Intervention { Name = string.Empty }, (d, e, i) =>
        {
            e.Ordinal = i;
            e.Type = d.Type;
            e.Name = d.Name?.Trim() ?? string.Empty;
            e.Description = Clean(d.Description);
            e.OtherNames = CleanList(d.OtherNames);
            e.ArmGroupLabels = CleanList(d.ArmGroupLabels);
            if (e.ProductId != d.ProductId)
            {
                e.Product = null;
                e.ProductId = d.ProductId;
            }
        });

        // Outcomes and contacts are numbered within their kind, as CT.gov lists them.
        var outcomes = draft.Outcomes;
        SyncOrdered(trial.Outcomes, outcomes, () => new Outcome { Measure = string.Empty }, (d, e, _) =>
        {
            e.Kind = d.Kind;
            e.Ordinal = outcomes.Where(o => o.Kind == d.Kind).ToList().IndexOf(d);
            e.Measure = d.Measure?.Trim() ?? string.Empty;
            e.TimeFrame = Clean(d.TimeFrame);
            e.Description = Clean(d.Description);
        });
        trial.Eligibility = Copy(draft.Eligibility);
        var contacts = draft.Contacts;
        SyncOrdered(trial.Contacts, contacts, () => new TrialContact { Name = string.Empty }, (d, e, _) =>
        {
            e.Kind = d.Kind;
            e.Ordinal = contacts.Where(c => c.Kind == d.Kind).ToList().IndexOf(d);
            e.Name = d.Name?.Trim() ?? string.Empty;
            e.Role = d.Role;
            e.Affiliation = Clean(d.Affiliation);
            e.Phone = Clean(d.Phone);
            e.Email = Clean(d.Email);
        });
        SyncOrdered(trial.Locations, draft.Locations, () => new Location(), (d, e, i) =>
        {
            e.Ordinal = i;
            e.Facility = Clean(d.Facility);
            e.City = Clean(d.City);
            e.State = Clean(d.State);
            e.Zip = Clean(d.Zip);
            e.Country = Clean(d.Country);
            e.Status = d.Status;
            e.Latitude = d.Latitude;
            e.Longitude = d.Longitude;
        });

        trial.RefreshDerivedFields();
        return problems;
    }

    /// <summary>Reads "yyyy", "yyyy-MM" or "yyyy-MM-dd"; an empty text is no date.</summary>
    private static RegistryDate? ReadDate(DateDraft? draft, string field, List<ValidationProblem> problems, bool withType = true)
    {
        if (string.IsNullOrWhiteSpace(draft?.Text))
        {
            return null;
        }

        if (RegistryDate.TryParse(draft.Text, withType ? draft.Type : null, out var date))
        {
            return date;
        }

        problems.Add(new(field, $"'{draft.Text.Trim()}' is not a date: write it as yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2024-03 or 2024-03-15)."));
        return null;
    }

    private static async Task SyncCollaboratorsAsync(
        Trial trial, TrialDraft draft, NameResolution names, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var wanted = new List<Organization>();
        for (var i = 0; i < draft.Collaborators.Count; i++)
        {
            var organization = await names.OrganizationAsync(draft.Collaborators[i], cancellationToken);
            if (organization is null)
            {
                problems.Add(new($"{nameof(TrialDraft.Collaborators)}[{i}]", "Enter the collaborator's name, or remove the row."));
            }
            else if (!wanted.Contains(organization))
            {
                wanted.Add(organization);
            }
        }

        // Keyed by (trial, organization): keep the rows that stay, so none is deleted and re-added.
        trial.Collaborators.RemoveAll(c => !wanted.Contains(c.Organization));
        foreach (var (organization, ordinal) in wanted.Select((o, i) => (o, i)))
        {
            var row = trial.Collaborators.FirstOrDefault(c => c.Organization == organization);
            if (row is null)
            {
                trial.Collaborators.Add(new TrialCollaborator { Organization = organization, Ordinal = ordinal });
            }
            else
            {
                row.Ordinal = ordinal;
            }
        }
    }

    private static async Task SyncConditionsAsync(
        Trial trial, TrialDraft draft, NameResolution names, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var wanted = new List<Condition>();
        for (var i = 0; i < draft.Conditions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(draft.Conditions[i]))
            {
                continue;
            }

            var condition = await names.ConditionAsync(draft.Conditions[i], cancellationToken);
            if (condition is null)
            {
                problems.Add(new($"{nameof(TrialDraft.Conditions)}[{i}]", "A condition needs letters or digits."));
            }
            else if (!wanted.Contains(condition))
            {
                wanted.Add(condition);
            }
        }

        trial.Conditions.RemoveAll(c => !wanted.Contains(c.Condition));
        foreach (var (condition, ordinal) in wanted.Select((c, i) => (c, i)))
        {
            var row = trial.Conditions.FirstOrDefault(c => c.Condition == condition);
            if (row is null)
            {
                trial.Conditions.Add(new TrialCondition { Condition = condition, Ordinal = ordinal });
            }
            else
            {
                row.Ordinal = ordinal;
            }
        }
    }

    private static async Task CheckProductsAsync(TrialDraft draft, RegistryDbContext db, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var ids = draft.Interventions.Select(i => i.ProductId).OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var known = await db.Products.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < draft.Interventions.Count; i++)
        {
            if (draft.Interventions[i].ProductId is { } id && !known.Contains(id))
            {
                problems.Add(new($"{nameof(TrialDraft.Interventions)}[{i}].{nameof(InterventionDraft.ProductId)}", $"There is no product {id}: choose a product from the list or remove the link."));
                draft.Interventions[i].ProductId = null;
            }
        }
    }

    /// <summary>Rows without order (secondary ids): updated position by position, the surplus removed.</summary>
    private static void Sync<TDraft, TEntity>(List<TEntity> rows, List<TDraft> drafts, Func<TEntity> create, Action<TDraft, TEntity> copy)
        => SyncOrdered(rows, drafts, create, (d, e, _) => copy(d, e));

    /// <summary>
    /// Updates rows position by position (row i takes draft i), adds rows for extra drafts and removes
    /// the surplus (EF deletes the orphans). Keeps row ids, so an unchanged list writes nothing.
    /// </summary>
    private static void SyncOrdered<TDraft, TEntity>(List<TEntity> rows, List<TDraft> drafts, Func<TEntity> create, Action<TDraft, TEntity, int> copy)
    {
        if (rows.Count > drafts.Count)
        {
            rows.RemoveRange(drafts.Count, rows.Count - drafts.Count);
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            if (i == rows.Count)
            {
                rows.Add(create());
            }

            copy(drafts[i], rows[i], i);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> CleanList(IEnumerable<string?>? items)
        => items?.Select(Clean).OfType<string>().ToList() ?? [];

    private static TrialDesign Copy(TrialDesign? design) => design is null ? new() : new()
    {
        PrimaryPurpose = design.PrimaryPurpose,
        Allocation = design.Allocation,
        InterventionModel = design.InterventionModel,
        InterventionModelDescription = Clean(design.InterventionModelDescription),
        Masking = design.Masking,
        MaskingDescription = Clean(design.MaskingDescription),
        WhoMasked = design.WhoMasked.Distinct().ToList(),
        ObservationalModel = design.ObservationalModel,
        TimePerspective = design.TimePerspective,
    };

    private static TrialEligibility Copy(TrialEligibility? eligibility) => eligibility is null ? new() : new()
    {
        Criteria = Clean(eligibility.Criteria),
        Sex = eligibility.Sex,
        MinimumAge = Clean(eligibility.MinimumAge),
        MaximumAge = Clean(eligibility.MaximumAge),
        HealthyVolunteers = eligibility.HealthyVolunteers,
        StandardAges = eligibility.StandardAges.Distinct().ToList(),
        StudyPopulation = Clean(eligibility.StudyPopulation),
    };

    /// <summary>
    /// Organization and condition names of one save, resolved by normalized name or alias with one
    /// query each (not the importer's load-everything resolver: an edit names a handful), and cached
    /// so a name given twice creates one row.
    /// </summary>
    private sealed class NameResolution(RegistryDbContext db)
    {
        private readonly Dictionary<string, Organization> organizations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Condition> conditions = new(StringComparer.Ordinal);

        public async Task<Organization?> OrganizationAsync(OrganizationDraft? draft, CancellationToken cancellationToken)
        {
            var key = NameNormalizer.Normalize(draft?.Name ?? string.Empty);
            if (draft?.Id is { } id)
            {
                // A picked organization stays itself, unless the name was typed over with another one.
                var byId = await db.Organizations.FindAsync([id], cancellationToken);
                if (byId is not null && (key.Length == 0 || key == byId.NormalizedName))
                {
                    return byId;
                }
            }

            if (key.Length == 0)
            {
                return null;
            }

            if (organizations.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var found = await db.Organizations
                .Where(o => o.NormalizedName == key || o.Aliases.Any(a => a.NormalizedName == key))
                .OrderBy(o => o.NormalizedName == key ? 0 : 1)
                .FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                found = Organization.Create(draft!.Name.Trim(), OrganizationClass.Unknown);
                db.Organizations.Add(found);
            }

            organizations[key] = found;
            return found;
        }

        public async Task<Condition?> ConditionAsync(string name, CancellationToken cancellationToken)
        {
            var key = NameNormalizer.Normalize(name);
            if (key.Length == 0)
            {
                return null;
            }

            if (conditions.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var found = await db.Conditions.FirstOrDefaultAsync(c => c.NormalizedName == key, cancellationToken);
            if (found is null)
            {
                found = new Condition { Name = name.Trim(), NormalizedName = key };
                db.Conditions.Add(found);
            }

            conditions[key] = found;
            return found;
        }
    }
}
