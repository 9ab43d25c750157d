using System.Globalization;
using System.Text;

namespace TrialRegistry.Common;

/// <summary>
/// The key under which organizations, conditions and products are matched, so that
/// "Assistance Publique - Hôpitaux de Paris" and "ASSISTANCE PUBLIQUE HOPITAUX DE PARIS" are one row.
/// Lower case, accents removed, punctuation and repeated spaces collapsed.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
