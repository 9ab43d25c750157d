using System.Globalization;
using System.Text;

namespace TrialRegistry.Search;

/// <summary>
/// The keyset position after which the next page starts: the sort key and id of the last row
/// shown, with the sort it belongs to (a cursor of one sort is refused for another). Encoded as
/// URL-safe base64 so it can travel in a link.
/// </summary>
internal sealed record SearchCursor(TrialSort Sort, string Key, int Id)
{
    public string Encode()
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(int)Sort}|{Key}|{Id.ToString(CultureInfo.InvariantCulture)}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static SearchCursor Decode(string cursor, TrialSort expectedSort)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|');
            if (parts.Length == 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort)
                && (TrialSort)sort == expectedSort
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new SearchCursor(expectedSort, parts[1], id);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidSearchException("The page cursor is not valid for this search; start again from the first page.");
    }
}

/// <summary>A search request that cannot be answered as asked (bad cursor, bad range, too large a page).</summary>
public sealed class InvalidSearchException(string message) : Exception(message);
