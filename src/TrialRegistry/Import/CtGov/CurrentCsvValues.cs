using TrialRegistry.Trials;

namespace TrialRegistry.Import.CtGov;

/// <summary>The value formats of the current ClinicalTrials.gov CSV that differ from the classic one.</summary>
internal static class CurrentCsvValues
{
    /// <summary>
    /// "Facility, City, State, Zip, Country" with the empty parts left out. The zip is the part just
    /// before the country when it holds a digit (postal codes do, place names do not); the rest is
    /// read as in the classic download.
    /// </summary>
    public static Location ParseLocation(string text, int ordinal)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string? zip = null;
        if (parts.Count >= 3 && parts[^2].Any(char.IsAsciiDigit))
        {
            zip = parts[^2];
            parts.RemoveAt(parts.Count - 2);
        }

        var location = ClassicCsvValues.ParseLocation(string.Join(", ", parts), ordinal);
        location.Zip = zip;
        return location;
    }
}
