using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// A draft's references found in the database: organizations by id or by name and alias (the
/// importer's <see cref="NameNormalizer"/> key), trials by registry id. Whatever is not found becomes
/// a problem on the field that names it; nothing is created.
/// </summary>
internal sealed class LinkedRecordReferences
{
    private readonly Dictionary<string, Organization> organizations = new(StringComparer.Ordinal);

    public List<Trial> Trials { get; } = [];

    /// <summary>The organization the draft names at <paramref name="field"/> ("Assignees[0]"); only asked after resolution succeeded.</summary>
    public Organization Organization(string field) => organizations[field];

    public static async Task<LinkedRecordReferences> ResolveAsync(
        RegistryDbContext db,
        IEnumerable<(string Field, OrganizationRef Reference)> organizationRefs,
        IReadOnlyList<string> trialRegistryIds,
        List<ValidationProblem> problems,
        CancellationToken cancellationToken)
    {
        var references = new LinkedRecordReferences();
        foreach (var (field, reference) in organizationRefs)
        {
            var organization = await FindOrganizationAsync(db, reference, cancellationToken);
            if (organization is null)
            {
                problems.Add(new(field, reference.Id is { } id && string.IsNullOrWhiteSpace(reference.Name)
                    ? $"No organization with id {id} is registered."
                    : $"No organization named “{reference.Name?.Trim()}” is registered: check the spelling, or choose one the list suggests."));
            }
            else
            {
                references.organizations[field] = organization;
            }
        }

        var wanted = trialRegistryIds.Select(id => id?.Trim().ToUpperInvariant() ?? string.Empty).ToList();
        var found = await db.Trials.Where(t => wanted.Contains(t.RegistryId)).ToListAsync(cancellationToken);
        for (var i = 0; i < wanted.Count; i++)
        {
            if (found.FirstOrDefault(t => t.RegistryId == wanted[i]) is { } trial)
            {
                if (!references.Trials.Contains(trial))
                {
                    references.Trials.Add(trial);
                }
            }
            else if (wanted[i].Length > 0)
            {
                problems.Add(new($"{nameof(LinkedRecordDraft.TrialRegistryIds)}[{i}]", $"No trial with registry id “{wanted[i]}” is registered here."));
            }
        }

        return references;
    }

    // An id picked from a list wins over the name shown next to it.
    private static async Task<Organization?> FindOrganizationAsync(RegistryDbContext db, OrganizationRef reference, CancellationToken cancellationToken)
    {
        if (reference.Id is { } id)
        {
            return await db.Organizations.FindAsync([id], cancellationToken);
        }

        var key = NameNormalizer.Normalize(reference.Name ?? string.Empty);
        if (key.Length == 0)
        {
            return null;
        }

        return await db.Organizations.FirstOrDefaultAsync(o => o.NormalizedName == key, cancellationToken)
            ?? await db.Organizations.FirstOrDefaultAsync(o => o.Aliases.Any(a => a.NormalizedName == key), cancellationToken);
    }
}
