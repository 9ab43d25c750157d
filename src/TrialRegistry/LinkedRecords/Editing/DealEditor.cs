using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

internal sealed class DealEditor : LinkedRecordEditor<Deal, DealDraft>
{
    public static DealEditor Instance { get; } = new();

    public override string EntityType => nameof(Deal);

    public override string Noun => "deal";

    public override IQueryable<Deal> WithLinks(RegistryDbContext db)
        => db.Deals.Include(d => d.Products).Include(d => d.Parties).ThenInclude(p => p.Organization).Include(d => d.Trials).AsSplitQuery();

    public override int IdOf(Deal entity) => entity.Id;

    public override List<Products.Product> ProductsOf(Deal entity) => entity.Products;

    public override IReadOnlyList<ValidationProblem> Validate(DealDraft draft, DateOnly today) => LinkedRecordValidator.Validate(draft, today);

    public override IEnumerable<(string Field, OrganizationRef Reference)> OrganizationRefs(DealDraft draft)
        => draft.Parties.Select((p, i) => ($"{nameof(draft.Parties)}[{i}].{nameof(DealPartyDraft.Organization)}", p.Organization!));

    public override Deal Create(DealDraft draft) => new() { Title = draft.Title.Trim() };

    public override void Apply(Deal entity, DealDraft draft, LinkedRecordReferences references)
    {
        entity.Title = draft.Title.Trim();
        entity.Url = Trimmed(draft.Url);
        entity.Date = draft.Date;
        entity.Type = draft.Type;
        entity.Status = draft.Status;
        entity.Value = draft.Value;
        entity.Upfront = draft.Upfront;
        entity.Milestones = draft.Milestones;
        entity.Currency = CurrencyCodes.Normalize(draft.Currency);
        entity.Summary = Trimmed(draft.Summary);

        // Parties are keyed by (deal, organization, role): keep the rows that stay, so none is deleted and re-added.
        var wanted = draft.Parties
            .Select((p, i) => (Organization: references.Organization($"{nameof(draft.Parties)}[{i}].{nameof(DealPartyDraft.Organization)}"), p.Role))
            .Distinct()
            .ToList();
        entity.Parties.RemoveAll(p => !wanted.Any(w => w.Organization.Id == p.OrganizationId && w.Role == p.Role));
        foreach (var (organization, role) in wanted)
        {
            if (!entity.Parties.Any(p => p.OrganizationId == organization.Id && p.Role == role))
            {
                entity.Parties.Add(new DealParty { Organization = organization, OrganizationId = organization.Id, Role = role });
            }
        }

        Replace(entity.Trials, references.Trials);
    }

    public override DealDraft ToDraft(Deal entity, uint version)
        => Common(
            new DealDraft
            {
                Date = entity.Date,
                Type = entity.Type,
                Status = entity.Status,
                Value = entity.Value,
                Currency = entity.Currency?.Trim(),
                Upfront = entity.Upfront,
                Milestones = entity.Milestones,
                Summary = entity.Summary,
                Parties = entity.Parties
                    .OrderBy(p => p.Role)
                    .ThenBy(p => p.Organization.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(p => new DealPartyDraft { Organization = new OrganizationRef(p.OrganizationId, p.Organization.Name), Role = p.Role })
                    .ToList(),
            },
            entity.Id, version, entity.Title, entity.Url, entity.Products, entity.Trials);

    public override IReadOnlyDictionary<string, string> Describe(Deal entity) => new Dictionary<string, string>
    {
        ["title"] = entity.Title,
        ["link"] = Text(entity.Url),
        ["date"] = entity.Date?.ToString("O") ?? string.Empty,
        ["type"] = entity.Type.ToString(),
        ["status"] = entity.Status.ToString(),
        ["value"] = Amount(entity.Value),
        ["currency"] = Text(entity.Currency),
        ["upfront"] = Amount(entity.Upfront),
        ["milestones"] = Amount(entity.Milestones),
        ["summary"] = Text(entity.Summary),
        ["parties"] = Names(entity.Parties, p => $"{p.Organization?.Name ?? p.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({p.Role})"),
        ["trials"] = Names(entity.Trials, t => t.RegistryId),
        ["products"] = Names(entity.Products, p => p.Name),
    };

    // Fixed scale: the database returns 1000000.00 for the 1000000 a draft holds, which is no change.
    private static string Amount(decimal? amount) => amount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public override string Name(Deal entity) => $"deal “{entity.Title}”";
}
