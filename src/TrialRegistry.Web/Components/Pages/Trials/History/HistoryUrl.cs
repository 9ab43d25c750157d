using System.Globalization;
using TrialRegistry.Trials.History;

namespace TrialRegistry.Web.Components.Pages.Trials.History;

/// <summary>The two versions being compared, and what was wrong with the ones the URL asked for.</summary>
public sealed record VersionChoice(int? From, int? To, string? Problem);

/// <summary>
/// The history page's state lives in its URL (/trials/{id}/history?from=2&amp;to=4): a comparison
/// is shareable and back and forward work. Without from and to the page compares the latest
/// version with the one before; values that name no version of this trial get a message and
/// that default, never an error page.
/// </summary>
public static class HistoryUrl
{
    public const string FromKey = "from";
    public const string ToKey = "to";

    public static string Path(string registryId) => $"/trials/{Uri.EscapeDataString(registryId)}/history";

    public static string Link(string registryId, int from, int to)
        => string.Create(CultureInfo.InvariantCulture, $"{Path(registryId)}?{FromKey}={from}&{ToKey}={to}");

    /// <summary>Which versions to compare, given the URL's from and to and the trial's versions (newest first).</summary>
    public static VersionChoice Choose(string? from, string? to, IReadOnlyList<TrialVersionSummary> versions)
    {
        if (versions.Count < 2)
        {
            return new VersionChoice(null, null, null);
        }

        var latest = new VersionChoice(versions[1].Number, versions[0].Number, null);
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return latest;
        }

        var problems = new List<string>();
        var fromNumber = Number(FromKey, from, versions, problems);
        var toNumber = Number(ToKey, to, versions, problems);
        if (problems.Count == 0 && fromNumber == toNumber)
        {
            problems.Add($"Version {fromNumber} was chosen twice: choose two different versions to compare.");
        }

        if (problems.Count > 0)
        {
            return latest with { Problem = string.Join(' ', problems) + $" Showing the latest change (version {latest.From} → {latest.To}) instead." };
        }

        return new VersionChoice(fromNumber, toNumber, null);
    }

    private static int? Number(string key, string? text, IReadOnlyList<TrialVersionSummary> versions, List<string> problems)
    {
        var shown = text is null ? "" : text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"No “{key}” version was given.");
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            problems.Add($"“{key}={shown}” is not a version number.");
            return null;
        }

        if (!versions.Any(v => v.Number == number))
        {
            problems.Add($"This trial has no version {number} (its versions are 1 to {versions.Max(v => v.Number)}).");
            return null;
        }

        return number;
    }
}
