namespace TrialRegistry.Import.LinkedRecords;

/// <summary>The kinds of linked record the registry's own CSV templates cover (issue 6, format 5).</summary>
public enum LinkedRecordCsvKind
{
    ClinicalResults,
    TranslationalMedicine,
    Patents,
    Deals,
}

/// <summary>How a kind is named in addresses and file names ("clinical-results") and in sentences ("clinical results").</summary>
public static class LinkedRecordCsvKinds
{
    public static string Slug(this LinkedRecordCsvKind kind) => kind switch
    {
        LinkedRecordCsvKind.ClinicalResults => "clinical-results",
        LinkedRecordCsvKind.TranslationalMedicine => "translational-medicine",
        LinkedRecordCsvKind.Patents => "patents",
        LinkedRecordCsvKind.Deals => "deals",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Words(this LinkedRecordCsvKind kind) => kind switch
    {
        LinkedRecordCsvKind.ClinicalResults => "clinical results",
        LinkedRecordCsvKind.TranslationalMedicine => "translational medicine",
        LinkedRecordCsvKind.Patents => "patents",
        LinkedRecordCsvKind.Deals => "deals",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind an address names ("patents"), case-insensitive; false for anything else.</summary>
    public static bool TryParseSlug(string? slug, out LinkedRecordCsvKind kind)
    {
        foreach (var candidate in Enum.GetValues<LinkedRecordCsvKind>())
        {
            if (string.Equals(candidate.Slug(), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
