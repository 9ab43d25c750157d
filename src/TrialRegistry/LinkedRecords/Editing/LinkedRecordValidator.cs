using System.Globalization;
using TrialRegistry.Validation;
using static TrialRegistry.LinkedRecords.Editing.LinkedRecordRules;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// The rules of each kind of linked record that need no database: required fields, lengths, formats
/// (publication number, DOI, currency), dates and their order. What needs the database (trials and
/// organizations exist, a publication number is not taken) is checked by <see cref="SaveLinkedRecord"/>.
/// Every problem names its field as the draft's property path ("PriorityDate", "Parties[1].Organization").
/// </summary>
public static class LinkedRecordValidator
{
    /// <summary>The largest amount numeric(18, 2) holds.</summary>
    private const decimal MaxAmount = 9_999_999_999_999_999.99m;

    public static IReadOnlyList<ValidationProblem> Validate(ClinicalResultDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = Common(draft);
        Defined(problems, nameof(draft.Source), "source", draft.Source);
        PastDate(problems, nameof(draft.Date), "date", draft.Date, today);
        MaxLength(problems, nameof(draft.Indication), "indication", draft.Indication, ShortTextLength);
        MaxLength(problems, nameof(draft.OutcomeSummary), "outcome summary", draft.OutcomeSummary, LongTextLength);
        for (var i = 0; i < draft.Phases.Count; i++)
        {
            Defined(problems, $"{nameof(draft.Phases)}[{i}]", "phase", draft.Phases[i]);
        }

        Doi(problems, nameof(draft.Doi), draft.Doi);
        PubMed(problems, nameof(draft.PubMedId), draft.PubMedId);
        OrganizationNames(problems, nameof(draft.Organizations), "organization", draft.Organizations);
        return problems;
    }

    public static IReadOnlyList<ValidationProblem> Validate(TranslationalStudyDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = Common(draft);
        Defined(problems, nameof(draft.Kind), "kind of study", draft.Kind);
        PastDate(problems, nameof(draft.Date), "date", draft.Date, today);
        MaxLength(problems, nameof(draft.Venue), "journal or conference", draft.Venue, ShortTextLength);
        MaxLength(problems, nameof(draft.Summary), "summary", draft.Summary, LongTextLength);
        Doi(problems, nameof(draft.Doi), draft.Doi);
        PubMed(problems, nameof(draft.PubMedId), draft.PubMedId);
        OrganizationNames(problems, nameof(draft.Organizations), "organization", draft.Organizations);
        return problems;
    }

    public static IReadOnlyList<ValidationProblem> Validate(PatentDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = Common(draft);
        if (PatentNumber.Normalize(draft.PublicationNumber) is { Problem: { } numberProblem })
        {
            problems.Add(new(nameof(draft.PublicationNumber), numberProblem));
        }

        Defined(problems, nameof(draft.LegalStatus), "legal status", draft.LegalStatus);
        Defined(problems, nameof(draft.Type), "patent type", draft.Type);
        PastDate(problems, nameof(draft.PriorityDate), "priority date", draft.PriorityDate, today);
        PastDate(problems, nameof(draft.FilingDate), "filing date", draft.FilingDate, today);
        PastDate(problems, nameof(draft.PublicationDate), "publication date", draft.PublicationDate, today);
        PastDate(problems, nameof(draft.GrantDate), "grant date", draft.GrantDate, today);

        // Priority <= filing <= publication; with filing missing, priority <= publication still holds.
        var priority = (nameof(draft.PriorityDate), "priority date", draft.PriorityDate);
        var filing = (nameof(draft.FilingDate), "filing date", draft.FilingDate);
        var publication = (nameof(draft.PublicationDate), "publication date", draft.PublicationDate);
        InOrder(problems, priority, filing);
        InOrder(problems, filing, publication);
        if (draft.FilingDate is null)
        {
            InOrder(problems, priority, publication);
        }

        // A grant follows the filing and, at every office we list, the (A) publication; the grant date
        // is optional even for a granted patent (sources often give only the B publication's date).
        var grant = (nameof(draft.GrantDate), "grant date", draft.GrantDate);
        InOrder(problems, filing, grant);
        InOrder(problems, publication, grant);
        if (draft.GrantDate is not null && draft.LegalStatus is PatentLegalStatus.Pending)
        {
            problems.Add(new(nameof(draft.GrantDate), "A pending patent has not been granted: clear the grant date, or change the legal status."));
        }

        // A granted patent has been published; a pending one cannot have expired yet, but may lack dates.
        if (draft.LegalStatus is PatentLegalStatus.Granted or PatentLegalStatus.Expired && draft.PublicationDate is null)
        {
            problems.Add(new(nameof(draft.PublicationDate), $"{(draft.LegalStatus == PatentLegalStatus.Expired ? "An expired" : "A granted")} patent has been published: enter its publication date."));
        }

        MaxLength(problems, nameof(draft.Abstract), "abstract", draft.Abstract, LongTextLength);
        OrganizationNames(problems, nameof(draft.Assignees), "assignee", draft.Assignees);
        return problems;
    }

    public static IReadOnlyList<ValidationProblem> Validate(DealDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = Common(draft);
        Defined(problems, nameof(draft.Type), "deal type", draft.Type);
        Defined(problems, nameof(draft.Status), "deal status", draft.Status);
        PastDate(problems, nameof(draft.Date), "date", draft.Date, today);
        MaxLength(problems, nameof(draft.Summary), "summary", draft.Summary, LongTextLength);

        Amount(problems, nameof(draft.Value), "total value", draft.Value);
        Amount(problems, nameof(draft.Upfront), "upfront payment", draft.Upfront);
        Amount(problems, nameof(draft.Milestones), "milestone amount", draft.Milestones);
        var anyAmount = draft.Value is not null || draft.Upfront is not null || draft.Milestones is not null;
        if (string.IsNullOrWhiteSpace(draft.Currency))
        {
            if (anyAmount)
            {
                problems.Add(new(nameof(draft.Currency), "Choose the currency of the amounts (an ISO 4217 code such as EUR or USD)."));
            }
        }
        else if (CurrencyCodes.Normalize(draft.Currency) is null)
        {
            problems.Add(new(nameof(draft.Currency), $"“{draft.Currency.Trim()}” is not an active ISO 4217 currency code: use a code such as EUR, USD, GBP or JPY."));
        }

        if (draft.Value is { } total && (draft.Upfront ?? 0) + (draft.Milestones ?? 0) is var parts && parts > total && total >= 0)
        {
            problems.Add(new(nameof(draft.Value), $"The upfront and milestone payments add up to {Amount(parts)}, more than the total value {Amount(total)}."));
        }

        Parties(problems, draft.Parties);
        return problems;
    }

    private static List<ValidationProblem> Common(LinkedRecordDraft draft)
    {
        var problems = new List<ValidationProblem>();
        Title(problems, draft.Title);
        Url(problems, draft.Url);
        TrialIds(problems, draft.TrialRegistryIds);
        return problems;
    }

    private static void Amount(List<ValidationProblem> problems, string field, string label, decimal? amount)
    {
        if (amount is not { } value)
        {
            return;
        }

        if (value < 0)
        {
            problems.Add(new(field, $"The {label} cannot be negative."));
        }
        else if (value > MaxAmount)
        {
            problems.Add(new(field, $"The {label} is too large to store."));
        }
        else if (decimal.Round(value, 2) != value)
        {
            problems.Add(new(field, $"The {label} has more than 2 decimal places."));
        }
    }

    private static void Parties(List<ValidationProblem> problems, List<DealPartyDraft> parties)
    {
        if (parties.Count == 0)
        {
            problems.Add(new(nameof(DealDraft.Parties), "Add at least one party to the deal."));
            return;
        }

        var seen = new HashSet<(string, DealRole)>();
        for (var i = 0; i < parties.Count; i++)
        {
            var field = $"{nameof(DealDraft.Parties)}[{i}]";
            var party = parties[i];
            Defined(problems, $"{field}.{nameof(DealPartyDraft.Role)}", "role", party.Role);
            if (party.Organization?.Id is null && string.IsNullOrWhiteSpace(party.Organization?.Name))
            {
                problems.Add(new($"{field}.{nameof(DealPartyDraft.Organization)}", "Enter the party's name, or remove the row."));
                continue;
            }

            MaxLength(problems, $"{field}.{nameof(DealPartyDraft.Organization)}", "party's name", party.Organization.Name, ShortTextLength);
            var key = party.Organization.Id is { } id ? $"#{id}" : TrialRegistry.Common.NameNormalizer.Normalize(party.Organization.Name!);
            if (!seen.Add((key, party.Role)))
            {
                problems.Add(new($"{field}.{nameof(DealPartyDraft.Organization)}", $"{party.Organization} is listed twice as {Words(party.Role)}."));
            }
        }
    }

    private static string Amount(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => value.ToString().ToLowerInvariant();
}
