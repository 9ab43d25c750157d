using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

internal sealed class ClinicalResultEditor : LinkedRecordEditor<ClinicalResult, ClinicalResultDraft>
{
    public static ClinicalResultEditor Instance { get; } = new();

    public override string EntityType => nameof(ClinicalResult);

    public override string Noun => "clinical result";

    public override IQueryable<ClinicalResult> WithLinks(RegistryDbContext db)
        => db.ClinicalResults.Include(r => r.Products).Include(r => r.Organizations).Include(r => r.Trials).AsSplitQuery();

    public override int IdOf(ClinicalResult entity) => entity.Id;

    public override List<Products.Product> ProductsOf(ClinicalResult entity) => entity.Products;

    public override IReadOnlyList<ValidationProblem> Validate(ClinicalResultDraft draft, DateOnly today) => LinkedRecordValidator.Validate(draft, today);

    public override IEnumerable<(string Field, OrganizationRef Reference)> OrganizationRefs(ClinicalResultDraft draft)
        => Indexed(nameof(draft.Organizations), draft.Organizations);

    public override ClinicalResult Create(ClinicalResultDraft draft) => new() { Title = draft.Title.Trim() };

    public override void Apply(ClinicalResult entity, ClinicalResultDraft draft, LinkedRecordReferences references)
    {
        entity.Title = draft.Title.Trim();
        entity.Url = Trimmed(draft.Url);
        entity.Source = draft.Source;
        entity.Date = draft.Date;
        entity.Indication = Trimmed(draft.Indication);
        entity.Phases = draft.Phases.Distinct().Order().ToList();
        entity.OutcomeSummary = Trimmed(draft.OutcomeSummary);
        entity.Doi = Doi.Normalize(draft.Doi);
        entity.PubMedId = PubMedId.Normalize(draft.PubMedId);
        Replace(entity.Organizations, Resolved(references, nameof(draft.Organizations), draft.Organizations.Count));
        Replace(entity.Trials, references.Trials);
    }

    public override ClinicalResultDraft ToDraft(ClinicalResult entity, uint version)
        => Common(
            new ClinicalResultDraft
            {
                Source = entity.Source,
                Date = entity.Date,
                Indication = entity.Indication,
                Phases = [.. entity.Phases],
                OutcomeSummary = entity.OutcomeSummary,
                Doi = entity.Doi,
                PubMedId = entity.PubMedId,
                Organizations = Refs(entity.Organizations),
            },
            entity.Id, version, entity.Title, entity.Url, entity.Products, entity.Trials);

    public override IReadOnlyDictionary<string, string> Describe(ClinicalResult entity) => new Dictionary<string, string>
    {
        ["title"] = entity.Title,
        ["link"] = Text(entity.Url),
        ["source"] = entity.Source.ToString(),
        ["date"] = entity.Date?.ToString("O") ?? string.Empty,
        ["indication"] = Text(entity.Indication),
        ["phases"] = string.Join(", ", entity.Phases),
        ["outcome summary"] = Text(entity.OutcomeSummary),
        ["DOI"] = Text(entity.Doi),
        ["PubMed id"] = Text(entity.PubMedId),
        ["organizations"] = Names(entity.Organizations, o => o.Name),
        ["trials"] = Names(entity.Trials, t => t.RegistryId),
        ["products"] = Names(entity.Products, p => p.Name),
    };

    public override string Name(ClinicalResult entity) => $"clinical result “{entity.Title}”";
}
