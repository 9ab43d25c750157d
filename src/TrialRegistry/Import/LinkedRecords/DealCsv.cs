using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Validation;
using C = TrialRegistry.Import.LinkedRecords.LinkedRecordCsvColumns;

namespace TrialRegistry.Import.LinkedRecords;

/// <summary>Deals: the parties come in two columns, principals (licensor, acquirer) and partners.</summary>
internal sealed class DealCsv : LinkedRecordCsvSpec<Deal, DealDraft>
{
    public static DealCsv Instance { get; } = new();

    public override LinkedRecordCsvKind Kind => LinkedRecordCsvKind.Deals;

    public override LinkedRecordEditor<Deal, DealDraft> Editor => DealEditor.Instance;

    public override IReadOnlyDictionary<string, string> Example { get; } = new Dictionary<string, string>
    {
        [C.Products] = LinkedRecordCsvTemplates.ExampleProduct,
        [C.Title] = "Example: licence of the UC-MSC manufacturing process",
        [C.Date] = "2022-02-01",
        [C.DealType] = "Licensing",
        [C.Status] = "Active",
        [C.Value] = "1000000",
        [C.Currency] = "EUR",
        [C.Upfront] = "250000",
        [C.Milestones] = "750000",
        [C.Summary] = "Exclusive European licence of the process, with milestones at phase 2 and phase 3.",
        [C.Link] = "https://example.org/news/uc-msc-licence",
        [C.Principals] = LinkedRecordCsvTemplates.ExampleOrganization,
        [C.Partners] = LinkedRecordCsvTemplates.ExamplePartner,
        [C.Trials] = LinkedRecordCsvTemplates.ExampleTrial,
    };

    protected override IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>
    {
        [nameof(DealDraft.Date)] = C.Date,
        [nameof(DealDraft.Type)] = C.DealType,
        [nameof(DealDraft.Status)] = C.Status,
        [nameof(DealDraft.Value)] = C.Value,
        [nameof(DealDraft.Currency)] = C.Currency,
        [nameof(DealDraft.Upfront)] = C.Upfront,
        [nameof(DealDraft.Milestones)] = C.Milestones,
        [nameof(DealDraft.Summary)] = C.Summary,
        [nameof(DealDraft.Parties)] = C.Principals,
    };

    public override DealDraft Map(LinkedRecordCsvValues values)
    {
        var draft = new DealDraft
        {
            Date = values.Date(C.Date),
            Type = values.Choice(C.DealType, DealType.Other),
            Status = values.Choice(C.Status, DealStatus.Announced),
            Value = values.Amount(C.Value),
            Currency = values.Optional(C.Currency),
            Upfront = values.Amount(C.Upfront),
            Milestones = values.Amount(C.Milestones),
            Summary = values.Optional(C.Summary),

            // Principals first, then partners: ColumnOf relies on that order.
            Parties = values.List(C.Principals).Select(name => new DealPartyDraft { Organization = OrganizationRef.ByName(name), Role = DealRole.Principal })
                .Concat(values.List(C.Partners).Select(name => new DealPartyDraft { Organization = OrganizationRef.ByName(name), Role = DealRole.Partner }))
                .ToList(),
        };
        Fill(draft, values);
        return draft;
    }

    public override string Key(DealDraft draft)
        => $"“{draft.Title.Trim()}” ({draft.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date"})";

    /// <summary>Title (any case) and date among the products' deals; the parties are content, so a corrected party updates the deal.</summary>
    public override Task<Deal?> FindAsync(RegistryDbContext db, DealDraft draft, IReadOnlyList<int> productIds, CancellationToken cancellationToken)
    {
        var title = draft.Title.Trim().ToLowerInvariant();
        return Editor.WithLinks(db)
            .Where(d => d.Products.Any(p => productIds.Contains(p.Id)) && d.Title.ToLower() == title && d.Date == draft.Date)
            .OrderBy(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public override (string Column, int? Item) ColumnOf(ValidationProblem problem, DealDraft draft)
    {
        var (column, item) = base.ColumnOf(problem, draft);
        if (problem.Field.StartsWith($"{nameof(DealDraft.Parties)}[", StringComparison.Ordinal) && item is { } index)
        {
            var principals = draft.Parties.TakeWhile(p => p.Role == DealRole.Principal).Count();
            return index <= principals ? (C.Principals, index) : (C.Partners, index - principals);
        }

        return (column, item);
    }
}
