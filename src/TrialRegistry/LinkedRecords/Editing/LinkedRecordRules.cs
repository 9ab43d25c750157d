using System.Globalization;
using TrialRegistry.Validation;

namespace TrialRegistry.LinkedRecords.Editing;

/// <summary>
/// The rules every kind of linked record shares, each adding a <see cref="ValidationProblem"/> whose
/// message says what is wrong with which field. Limits are the columns' (Data/Configurations), so a
/// draft that passes also fits the database.
/// </summary>
internal static class LinkedRecordRules
{
    public const int TitleLength = 1000;
    public const int UrlLength = 2000;
    public const int DoiLength = 200;
    public const int ShortTextLength = 500;

    /// <summary>Summaries and abstracts are text columns; this keeps a pasted paper out of a table cell.</summary>
    public const int LongTextLength = 10_000;

    /// <summary>Earlier dates are typos in a registry of modern products (a 1019 for 2019).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static void Required(List<ValidationProblem> problems, string field, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"Enter the {label}."));
        }
    }

    public static void MaxLength(List<ValidationProblem> problems, string field, string label, string? value, int limit)
    {
        var length = value?.Trim().Length ?? 0;
        if (length > limit)
        {
            problems.Add(new(field, $"The {label} is {Number(length)} characters long; the limit is {Number(limit)}."));
        }
    }

    public static void Title(List<ValidationProblem> problems, string? title)
    {
        Required(problems, nameof(LinkedRecordDraft.Title), "title", title);
        MaxLength(problems, nameof(LinkedRecordDraft.Title), "title", title, TitleLength);
    }

    /// <summary>An optional link, which must be a complete http(s) address (pages render it as a link).</summary>
    public static void Url(List<ValidationProblem> problems, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        MaxLength(problems, nameof(LinkedRecordDraft.Url), "link", url, UrlLength);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add(new(nameof(LinkedRecordDraft.Url), "Enter the link as a full web address starting with https:// (or http://)."));
        }
    }

    public static void Doi(List<ValidationProblem> problems, string field, string? doi)
    {
        if (string.IsNullOrWhiteSpace(doi))
        {
            return;
        }

        MaxLength(problems, field, "DOI", doi, DoiLength);
        if (Editing.Doi.Normalize(doi) is null)
        {
            problems.Add(new(field, Editing.Doi.FormatMessage));
        }
    }

    public static void PubMed(List<ValidationProblem> problems, string field, string? pubMedId)
    {
        if (!string.IsNullOrWhiteSpace(pubMedId) && Editing.PubMedId.Normalize(pubMedId) is null)
        {
            problems.Add(new(field, Editing.PubMedId.FormatMessage));
        }
    }

    /// <summary>A date of something that has happened (published, filed, announced): not in the future, not a typo-old year.</summary>
    public static void PastDate(List<ValidationProblem> problems, string field, string label, DateOnly? date, DateOnly today)
    {
        if (date is not { } value)
        {
            return;
        }

        if (value > today)
        {
            problems.Add(new(field, $"The {label} {Format(value)} is in the future: enter the date it happened."));
        }
        else if (value < EarliestDate)
        {
            problems.Add(new(field, $"The {label} {Format(value)} is before 1900: check the year."));
        }
    }

    /// <summary>Two dates that must come in this order when both are given; the problem is reported on the later field.</summary>
    public static void InOrder(List<ValidationProblem> problems, (string Field, string Label, DateOnly? Date) earlier, (string Field, string Label, DateOnly? Date) later)
    {
        if (earlier.Date is { } first && later.Date is { } second && second < first)
        {
            problems.Add(new(later.Field, $"The {later.Label} ({Format(second)}) is before the {earlier.Label} ({Format(first)}); it must be on or after it."));
        }
    }

    public static void Defined<TEnum>(List<ValidationProblem> problems, string field, string label, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(new(field, $"Choose a {label} from the list."));
        }
    }

    /// <summary>Trials are named by registry id; each must be given once (existence is checked against the database on save).</summary>
    public static void TrialIds(List<ValidationProblem> problems, List<string> registryIds)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < registryIds.Count; i++)
        {
            var field = $"{nameof(LinkedRecordDraft.TrialRegistryIds)}[{i}]";
            var id = registryIds[i]?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                problems.Add(new(field, "Enter the trial's registry id (e.g. NCT03562065), or remove the row."));
            }
            else if (!seen.Add(id))
            {
                problems.Add(new(field, $"The trial {id} is listed twice."));
            }
        }
    }

    /// <summary>Organization rows need an id or a name, and name each organization once.</summary>
    public static void OrganizationNames(List<ValidationProblem> problems, string listField, string label, List<OrganizationRef> organizations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < organizations.Count; i++)
        {
            var field = $"{listField}[{i}]";
            var organization = organizations[i];
            if (organization?.Id is null && string.IsNullOrWhiteSpace(organization?.Name))
            {
                problems.Add(new(field, $"Enter the {label}'s name, or remove the row."));
                continue;
            }

            MaxLength(problems, field, $"{label}'s name", organization.Name, ShortTextLength);
            var key = organization.Id is { } id ? $"#{id}" : Common.NameNormalizer.Normalize(organization.Name!);
            if (!seen.Add(key))
            {
                problems.Add(new(field, $"{organization} is listed twice."));
            }
        }
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
