using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

internal sealed class PatentEditor : LinkedRecordEditor<Patent, PatentDraft>
{
    public static PatentEditor Instance { get; } = new();

    public override string EntityType => nameof(Patent);

    public override string Noun => "patent";

    public override IQueryable<Patent> WithLinks(RegistryDbContext db)
        => db.Patents.Include(p => p.Products).Include(p => p.Assignees).Include(p => p.Trials).AsSplitQuery();

    public override int IdOf(Patent entity) => entity.Id;

    public override List<Products.Product> ProductsOf(Patent entity) => entity.Products;

    public override IReadOnlyList<ValidationProblem> Validate(PatentDraft draft, DateOnly today) => LinkedRecordValidator.Validate(draft, today);

    public override IEnumerable<(string Field, OrganizationRef Reference)> OrganizationRefs(PatentDraft draft)
        => Indexed(nameof(draft.Assignees), draft.Assignees);

    /// <summary>Publication numbers are unique (one row per publication, linked to every product it covers).</summary>
    public override async Task CheckAgainstDatabaseAsync(RegistryDbContext db, PatentDraft draft, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        if (PatentNumber.Normalize(draft.PublicationNumber).Number is not { } number)
        {
            return;
        }

        var other = await db.Patents.Where(p => p.PublicationNumber == number && p.Id != draft.Id).Select(p => new { p.Title }).FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            problems.Add(new(nameof(draft.PublicationNumber), DuplicateMessage(number, other.Title)));
        }
    }

    public static string DuplicateMessage(string number, string? title)
        => title is null
            ? $"The patent {number} is already registered."
            : $"The patent {number} is already registered (“{title}”): link that record to the product instead of adding it again.";

    public override Patent Create(PatentDraft draft)
    {
        var number = PatentNumber.Normalize(draft.PublicationNumber);
        return new() { Title = draft.Title.Trim(), PublicationNumber = number.Number!, Jurisdiction = number.Office! };
    }

    public override void Apply(Patent entity, PatentDraft draft, LinkedRecordReferences references)
    {
        var number = PatentNumber.Normalize(draft.PublicationNumber);
        entity.PublicationNumber = number.Number!;
        entity.Jurisdiction = number.Office!;
        entity.Title = draft.Title.Trim();
        entity.Url = Trimmed(draft.Url);
        entity.LegalStatus = draft.LegalStatus;
        entity.Type = draft.Type;
        entity.PriorityDate = draft.PriorityDate;
        entity.FilingDate = draft.FilingDate;
        entity.PublicationDate = draft.PublicationDate;
        entity.GrantDate = draft.GrantDate;
        entity.Abstract = Trimmed(draft.Abstract);
        Replace(entity.Assignees, Resolved(references, nameof(draft.Assignees), draft.Assignees.Count));
        Replace(entity.Trials, references.Trials);
    }

    public override PatentDraft ToDraft(Patent entity, uint version)
        => Common(
            new PatentDraft
            {
                PublicationNumber = entity.PublicationNumber,
                LegalStatus = entity.LegalStatus,
                Type = entity.Type,
                PriorityDate = entity.PriorityDate,
                FilingDate = entity.FilingDate,
                PublicationDate = entity.PublicationDate,
                GrantDate = entity.GrantDate,
                Abstract = entity.Abstract,
                Assignees = Refs(entity.Assignees),
            },
            entity.Id, version, entity.Title, entity.Url, entity.Products, entity.Trials);

    public override IReadOnlyDictionary<string, string> Describe(Patent entity) => new Dictionary<string, string>
    {
        ["publication number"] = entity.PublicationNumber,
        ["title"] = entity.Title,
        ["link"] = Text(entity.Url),
        ["legal status"] = entity.LegalStatus.ToString(),
        ["type"] = entity.Type.ToString(),
        ["priority date"] = entity.PriorityDate?.ToString("O") ?? string.Empty,
        ["filing date"] = entity.FilingDate?.ToString("O") ?? string.Empty,
        ["publication date"] = entity.PublicationDate?.ToString("O") ?? string.Empty,
        ["grant date"] = entity.GrantDate?.ToString("O") ?? string.Empty,
        ["abstract"] = Text(entity.Abstract),
        ["assignees"] = Names(entity.Assignees, o => o.Name),
        ["trials"] = Names(entity.Trials, t => t.RegistryId),
        ["products"] = Names(entity.Products, p => p.Name),
    };

    public override string Name(Patent entity) => $"patent {entity.PublicationNumber}";
}
