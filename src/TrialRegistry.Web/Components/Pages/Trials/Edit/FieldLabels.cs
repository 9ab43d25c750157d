using System.Text.RegularExpressions;

namespace TrialRegistry.Web.Components.Pages.Trials.Edit;

/// <summary>Readable names for validation paths in the problem summary: "Arms[2].Label" → "Arm 3 › Label".</summary>
public static partial class FieldLabels
{
    public static string For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Part);
        return string.Join(" › ", parts);
    }

    private static string Part(string segment)
    {
        var match = Indexed().Match(segment);
        if (!match.Success)
        {
            return Words(segment);
        }

        var list = Words(match.Groups[1].Value);
        var singular = list.EndsWith("ies", StringComparison.Ordinal) ? list[..^3] + "y" : list.TrimEnd('s');
        return $"{singular} {int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}";
    }

    private static string Words(string name)
        => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    [GeneratedRegex(@"^(\w+)\[(\d+)\]$")]
    private static partial Regex Indexed();
}
