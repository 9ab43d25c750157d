using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using C = TrialRegistry.Import.LinkedRecords.LinkedRecordCsvColumns;

namespace TrialRegistry.Import.LinkedRecords;

internal sealed class PatentCsv : LinkedRecordCsvSpec<Patent, PatentDraft>
{
    public static PatentCsv Instance { get; } = new();

    public override LinkedRecordCsvKind Kind => LinkedRecordCsvKind.Patents;

    public override LinkedRecordEditor<Patent, PatentDraft> Editor => PatentEditor.Instance;

    public override IReadOnlyDictionary<string, string> Example { get; } = new Dictionary<string, string>
    {
        [C.Products] = LinkedRecordCsvTemplates.ExampleProduct,
        [C.PublicationNumber] = "WO 2019/086573 A1",
        [C.Title] = "Example: umbilical cord mesenchymal stem cells for ARDS",
        [C.LegalStatus] = "Granted",
        [C.PatentType] = "New use",
        [C.PriorityDate] = "2018-10-30",
        [C.FilingDate] = "2019-10-29",
        [C.PublicationDate] = "2020-05-07",
        [C.GrantDate] = "2022-03-15",
        [C.Abstract] = "Use of umbilical cord MSC in the treatment of acute respiratory distress syndrome.",
        [C.Link] = "https://example.org/patents/WO2019086573A1",
        [C.Assignees] = LinkedRecordCsvTemplates.ExampleOrganization,
        [C.Trials] = LinkedRecordCsvTemplates.ExampleTrial,
    };

    protected override IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>
    {
        [nameof(PatentDraft.PublicationNumber)] = C.PublicationNumber,
        [nameof(PatentDraft.LegalStatus)] = C.LegalStatus,
        [nameof(PatentDraft.Type)] = C.PatentType,
        [nameof(PatentDraft.PriorityDate)] = C.PriorityDate,
        [nameof(PatentDraft.FilingDate)] = C.FilingDate,
        [nameof(PatentDraft.PublicationDate)] = C.PublicationDate,
        [nameof(PatentDraft.GrantDate)] = C.GrantDate,
        [nameof(PatentDraft.Abstract)] = C.Abstract,
        [nameof(PatentDraft.Assignees)] = C.Assignees,
    };

    public override PatentDraft Map(LinkedRecordCsvValues values)
    {
        var draft = new PatentDraft
        {
            PublicationNumber = values.Text(C.PublicationNumber),
            LegalStatus = values.Choice(C.LegalStatus, PatentLegalStatus.Pending),
            Type = values.Choice(C.PatentType, PatentType.Other),
            PriorityDate = values.Date(C.PriorityDate),
            FilingDate = values.Date(C.FilingDate),
            PublicationDate = values.Date(C.PublicationDate),
            GrantDate = values.Date(C.GrantDate),
            Abstract = values.Optional(C.Abstract),
            Assignees = Organizations(values, C.Assignees),
        };
        Fill(draft, values);
        return draft;
    }

    public override string Key(PatentDraft draft) => PatentNumber.Normalize(draft.PublicationNumber).Number ?? draft.PublicationNumber.Trim();

    /// <summary>Publication numbers are unique across the registry: the row is that patent, whichever products it is linked to yet.</summary>
    public override async Task<Patent?> FindAsync(RegistryDbContext db, PatentDraft draft, IReadOnlyList<int> productIds, CancellationToken cancellationToken)
        => PatentNumber.Normalize(draft.PublicationNumber).Number is { } number
            ? await Editor.WithLinks(db).SingleOrDefaultAsync(p => p.PublicationNumber == number, cancellationToken)
            : null;
}
