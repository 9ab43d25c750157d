using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using C = TrialRegistry.Import.LinkedRecords.LinkedRecordCsvColumns;

namespace TrialRegistry.Import.LinkedRecords;

internal sealed class TranslationalStudyCsv : LinkedRecordCsvSpec<TranslationalStudy, TranslationalStudyDraft>
{
    public static TranslationalStudyCsv Instance { get; } = new();

    public override LinkedRecordCsvKind Kind => LinkedRecordCsvKind.TranslationalMedicine;

    public override LinkedRecordEditor<TranslationalStudy, TranslationalStudyDraft> Editor => TranslationalStudyEditor.Instance;

    public override IReadOnlyDictionary<string, string> Example { get; } = new Dictionary<string, string>
    {
        [C.Products] = LinkedRecordCsvTemplates.ExampleProduct,
        [C.Title] = "Example: UC-MSC immunomodulation of T cells in vitro",
        [C.Kind] = "In vitro",
        [C.Date] = "2021-05-04",
        [C.Venue] = "Stem Cell Research & Therapy",
        [C.Summary] = "UC-MSC reduced T-cell proliferation by half at a 1:10 ratio.",
        [C.Doi] = "10.1186/s13287-021-02300-1",
        [C.PubMedId] = "33947457",
        [C.Link] = "https://example.org/studies/uc-msc-in-vitro",
        [C.Organizations] = LinkedRecordCsvTemplates.ExampleOrganization,
        [C.Trials] = LinkedRecordCsvTemplates.ExampleTrial,
    };

    protected override IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>
    {
        [nameof(TranslationalStudyDraft.Kind)] = C.Kind,
        [nameof(TranslationalStudyDraft.Date)] = C.Date,
        [nameof(TranslationalStudyDraft.Venue)] = C.Venue,
        [nameof(TranslationalStudyDraft.Summary)] = C.Summary,
        [nameof(TranslationalStudyDraft.Doi)] = C.Doi,
        [nameof(TranslationalStudyDraft.PubMedId)] = C.PubMedId,
        [nameof(TranslationalStudyDraft.Organizations)] = C.Organizations,
    };

    public override TranslationalStudyDraft Map(LinkedRecordCsvValues values)
    {
        var draft = new TranslationalStudyDraft
        {
            Kind = values.Choice(C.Kind, TranslationalStudyKind.Other),
            Date = values.Date(C.Date),
            Venue = values.Optional(C.Venue),
            Summary = values.Optional(C.Summary),
            Doi = values.Optional(C.Doi),
            PubMedId = values.Optional(C.PubMedId),
            Organizations = Organizations(values, C.Organizations),
        };
        Fill(draft, values);
        return draft;
    }

    public override string Key(TranslationalStudyDraft draft) => PaperKey.Describe(draft.Doi, draft.Title, draft.Date);

    public override async Task<TranslationalStudy?> FindAsync(RegistryDbContext db, TranslationalStudyDraft draft, IReadOnlyList<int> productIds, CancellationToken cancellationToken)
    {
        var ofProducts = Editor.WithLinks(db).Where(s => s.Products.Any(p => productIds.Contains(p.Id)));
        if (Doi.Normalize(draft.Doi) is { } doi)
        {
            var lower = doi.ToLowerInvariant();
            if (await ofProducts.Where(s => s.Doi != null && s.Doi.ToLower() == lower).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) is { } byDoi)
            {
                return byDoi;
            }
        }

        var title = draft.Title.Trim().ToLowerInvariant();
        return await ofProducts.Where(s => s.Title.ToLower() == title && s.Date == draft.Date).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
