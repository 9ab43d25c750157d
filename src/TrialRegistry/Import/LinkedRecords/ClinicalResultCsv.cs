using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Trials;
using C = TrialRegistry.Import.LinkedRecords.LinkedRecordCsvColumns;

namespace TrialRegistry.Import.LinkedRecords;

internal sealed class ClinicalResultCsv : LinkedRecordCsvSpec<ClinicalResult, ClinicalResultDraft>
{
    public static ClinicalResultCsv Instance { get; } = new();

    public override LinkedRecordCsvKind Kind => LinkedRecordCsvKind.ClinicalResults;

    public override LinkedRecordEditor<ClinicalResult, ClinicalResultDraft> Editor => ClinicalResultEditor.Instance;

    public override IReadOnlyDictionary<string, string> Example { get; } = new Dictionary<string, string>
    {
        [C.Products] = LinkedRecordCsvTemplates.ExampleProduct,
        [C.Title] = "Example: phase 1/2 results of UC-MSC in ARDS",
        [C.Source] = "Publication",
        [C.Date] = "2023-03-01",
        [C.Indication] = "Acute respiratory distress syndrome",
        [C.Phases] = "Phase 1|Phase 2",
        [C.OutcomeSummary] = "No infusion-related serious adverse event; oxygenation improved by day 7.",
        [C.Doi] = "10.1016/j.jcyt.2023.01.002",
        [C.PubMedId] = "36854650",
        [C.Link] = "https://example.org/results/uc-msc-ards",
        [C.Organizations] = $"{LinkedRecordCsvTemplates.ExampleOrganization}|{LinkedRecordCsvTemplates.ExamplePartner}",
        [C.Trials] = LinkedRecordCsvTemplates.ExampleTrial,
    };

    protected override IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>
    {
        [nameof(ClinicalResultDraft.Source)] = C.Source,
        [nameof(ClinicalResultDraft.Date)] = C.Date,
        [nameof(ClinicalResultDraft.Indication)] = C.Indication,
        [nameof(ClinicalResultDraft.Phases)] = C.Phases,
        [nameof(ClinicalResultDraft.OutcomeSummary)] = C.OutcomeSummary,
        [nameof(ClinicalResultDraft.Doi)] = C.Doi,
        [nameof(ClinicalResultDraft.PubMedId)] = C.PubMedId,
        [nameof(ClinicalResultDraft.Organizations)] = C.Organizations,
    };

    public override ClinicalResultDraft Map(LinkedRecordCsvValues values)
    {
        var draft = new ClinicalResultDraft
        {
            Source = values.Choice(C.Source, ClinicalResultSource.Publication),
            Date = values.Date(C.Date),
            Indication = values.Optional(C.Indication),
            Phases = values.Choices<Phase>(C.Phases),
            OutcomeSummary = values.Optional(C.OutcomeSummary),
            Doi = values.Optional(C.Doi),
            PubMedId = values.Optional(C.PubMedId),
            Organizations = Organizations(values, C.Organizations),
        };
        Fill(draft, values);
        return draft;
    }

    public override string Key(ClinicalResultDraft draft) => PaperKey.Describe(draft.Doi, draft.Title, draft.Date);

    public override async Task<ClinicalResult?> FindAsync(RegistryDbContext db, ClinicalResultDraft draft, IReadOnlyList<int> productIds, CancellationToken cancellationToken)
    {
        var ofProducts = Editor.WithLinks(db).Where(r => r.Products.Any(p => productIds.Contains(p.Id)));
        if (Doi.Normalize(draft.Doi) is { } doi)
        {
            var lower = doi.ToLowerInvariant();
            if (await ofProducts.Where(r => r.Doi != null && r.Doi.ToLower() == lower).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken) is { } byDoi)
            {
                return byDoi;
            }
        }

        var title = draft.Title.Trim().ToLowerInvariant();
        return await ofProducts.Where(r => r.Title.ToLower() == title && r.Date == draft.Date).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>How the report names a paper-like record: by DOI, else by title and date.</summary>
internal static class PaperKey
{
    public static string Describe(string? doi, string title, DateOnly? date)
        => Doi.Normalize(doi) is { } bare ? $"DOI {bare}" : $"“{title.Trim()}” ({date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date"})";
}
