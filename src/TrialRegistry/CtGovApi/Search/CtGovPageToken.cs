using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>
/// The position after the last study of a page (keyset: the phase, the sort key and the immutable
/// trial id), bound to the search it came from by a fingerprint of the request's filters and sort.
/// Opaque to clients (URL-safe base64); a token of another search, a truncated or an edited one is
/// refused with a 400 rather than silently starting elsewhere (docs/decisions/0020-ctgov-studies-paging.md).
/// </summary>
internal sealed record CtGovPageToken(string Fingerprint, int Phase, string Key, int Id)
{
    private const string Version = "1";

    public string Encode()
    {
        var body = string.Join('\u001f', Version, Fingerprint, Phase.ToString(CultureInfo.InvariantCulture), Key, Id.ToString(CultureInfo.InvariantCulture));
        var bytes = Encoding.UTF8.GetBytes(body);

        // A check of the token's own bytes: a typo or a cut-off copy fails loudly.
        var check = SHA256.HashData(bytes).AsSpan(0, 4);
        return Base64Url([.. bytes, .. check]);
    }

    /// <exception cref="CtGovRequestException">The token is not one this search issued.</exception>
    public static CtGovPageToken Decode(string token, string fingerprint)
    {
        var invalid = new CtGovRequestException("pageToken: invalid token for this request; the parameters of every page must be those of the first page (except pageSize, pageToken and countTotal)");
        byte[] raw;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            raw = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
        }
        catch (FormatException)
        {
            throw invalid;
        }

        if (raw.Length < 5 || !SHA256.HashData(raw.AsSpan(0, raw.Length - 4)).AsSpan(0, 4).SequenceEqual(raw.AsSpan(raw.Length - 4)))
        {
            throw invalid;
        }

        var parts = Encoding.UTF8.GetString(raw, 0, raw.Length - 4).Split('\u001f');
        if (parts.Length != 5 || parts[0] != Version || parts[1] != fingerprint
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var phase)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw invalid;
        }

        return new CtGovPageToken(fingerprint, phase, parts[3], id);
    }

    /// <summary>A short digest of what defines a search (filters and sort), not of its paging parameters.</summary>
    public static string FingerprintOf(string canonicalSearch)
        => Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalSearch)).AsSpan(0, 9).ToArray());

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
