using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// The study id of <c>GET /api/v2/studies/{nctId}</c>. CT.gov takes NCT numbers in any case and
/// without leading zeros (pattern ^[Nn][Cc][Tt]0*[1-9]\d{0,7}$); the registry also holds its own
/// TRG- ids and the ids of other registers it imported, so those are looked up as they are.
/// </summary>
public static partial class CtGovStudyId
{
    /// <summary>The registry id to look up, or false when <paramref name="value"/> cannot be a study id (a 400, not a 404).</summary>
    public static bool TryNormalize(string? value, out string registryId)
    {
        registryId = string.Empty;
        var text = value?.Trim() ?? string.Empty;
        if (NctPattern().Match(text) is { Success: true } nct)
        {
            registryId = "NCT" + long.Parse(nct.Groups[1].Value, CultureInfo.InvariantCulture).ToString("D8", CultureInfo.InvariantCulture);
            return true;
        }

        if (text.StartsWith("NCT", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (OwnPattern().IsMatch(text))
        {
            registryId = text.ToUpperInvariant();
            return true;
        }

        if (!text.StartsWith("TRG", StringComparison.OrdinalIgnoreCase) && ForeignPattern().IsMatch(text))
        {
            registryId = text;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^[Nn][Cc][Tt](0*[1-9][0-9]{0,7})$")]
    private static partial Regex NctPattern();

    [GeneratedRegex("^[Tt][Rr][Gg]-[0-9]{6,}$")]
    private static partial Regex OwnPattern();

    // Other registers' ids as the importer accepts them (ImportValidation.IsUsableForeignRegistryId).
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{3,31}$")]
    private static partial Regex ForeignPattern();
}
