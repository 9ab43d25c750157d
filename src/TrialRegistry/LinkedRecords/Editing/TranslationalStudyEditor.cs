using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

internal sealed class TranslationalStudyEditor : LinkedRecordEditor<TranslationalStudy, TranslationalStudyDraft>
{
    public static TranslationalStudyEditor Instance { get; } = new();

    public override string EntityType => nameof(TranslationalStudy);

    public override string Noun => "translational study";

    public override IQueryable<TranslationalStudy> WithLinks(RegistryDbContext db)
        => db.TranslationalStudies.Include(s => s.Products).Include(s => s.Organizations).Include(s => s.Trials).AsSplitQuery();

    public override int IdOf(TranslationalStudy entity) => entity.Id;

    public override List<Products.Product> ProductsOf(TranslationalStudy entity) => entity.Products;

    public override IReadOnlyList<ValidationProblem> Validate(TranslationalStudyDraft draft, DateOnly today) => LinkedRecordValidator.Validate(draft, today);

    public override IEnumerable<(string Field, OrganizationRef Reference)> OrganizationRefs(TranslationalStudyDraft draft)
        => Indexed(nameof(draft.Organizations), draft.Organizations);

    public override TranslationalStudy Create(TranslationalStudyDraft draft) => new() { Title = draft.Title.Trim() };

    public override void Apply(TranslationalStudy entity, TranslationalStudyDraft draft, LinkedRecordReferences references)
    {
        entity.Title = draft.Title.Trim();
        entity.Url = Trimmed(draft.Url);
        entity.Venue = Trimmed(draft.Venue);
        entity.Date = draft.Date;
        entity.Kind = draft.Kind;
        entity.Summary = Trimmed(draft.Summary);
        entity.Doi = Doi.Normalize(draft.Doi);
        entity.PubMedId = PubMedId.Normalize(draft.PubMedId);
        Replace(entity.Organizations, Resolved(references, nameof(draft.Organizations), draft.Organizations.Count));
        Replace(entity.Trials, references.Trials);
    }

    public override TranslationalStudyDraft ToDraft(TranslationalStudy entity, uint version)
        => Common(
            new TranslationalStudyDraft
            {
                Venue = entity.Venue,
                Date = entity.Date,
                Kind = entity.Kind,
                Summary = entity.Summary,
                Doi = entity.Doi,
                PubMedId = entity.PubMedId,
                Organizations = Refs(entity.Organizations),
            },
            entity.Id, version, entity.Title, entity.Url, entity.Products, entity.Trials);

    public override IReadOnlyDictionary<string, string> Describe(TranslationalStudy entity) => new Dictionary<string, string>
    {
        ["title"] = entity.Title,
        ["link"] = Text(entity.Url),
        ["venue"] = Text(entity.Venue),
        ["date"] = entity.Date?.ToString("O") ?? string.Empty,
        ["kind"] = entity.Kind.ToString(),
        ["summary"] = Text(entity.Summary),
        ["DOI"] = Text(entity.Doi),
        ["PubMed id"] = Text(entity.PubMedId),
        ["organizations"] = Names(entity.Organizations, o => o.Name),
        ["trials"] = Names(entity.Trials, t => t.RegistryId),
        ["products"] = Names(entity.Products, p => p.Name),
    };

    public override string Name(TranslationalStudy entity) => $"translational study “{entity.Title}”";
}
