using System.Text.RegularExpressions;
using TrialRegistry.Trials;

namespace TrialRegistry.Import;

/// <summary>
/// Recognizes registry identifiers by their format. CT.gov files EudraCT, CTIS, ISRCTN and WHO UTN
/// numbers as OTHER or REGISTRY (and the classic CSV gives no type at all), yet the product needs to
/// know them: a EudraCT number typed in the search box must find its trial.
/// </summary>
public static partial class SecondaryIdClassifier
{
    /// <summary>The declared type, refined by format when it is missing, OTHER or REGISTRY.</summary>
    public static SecondaryIdType Classify(string value, SecondaryIdType? declared = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (declared is not (null or SecondaryIdType.Other or SecondaryIdType.Registry))
        {
            return declared.Value;
        }

        return RecognizeRegistry(value) ?? declared ?? SecondaryIdType.Other;
    }

    /// <summary>The registry whose number format <paramref name="value"/> has, or null.</summary>
    public static SecondaryIdType? RecognizeRegistry(string value)
    {
        var text = value.Trim();
        return text switch
        {
            _ when CtisPattern().IsMatch(text) => SecondaryIdType.Ctis,
            _ when EudraCtPattern().IsMatch(text) => SecondaryIdType.EudractNumber,
            _ when IsrctnPattern().IsMatch(text) => SecondaryIdType.Isrctn,
            _ when WhoUtnPattern().IsMatch(text) => SecondaryIdType.WhoUtn,
            _ => null,
        };
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{6}-[0-9]{2}$")]
    private static partial Regex EudraCtPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex CtisPattern();

    [GeneratedRegex(@"^ISRCTN[0-9]{8}$")]
    private static partial Regex IsrctnPattern();

    [GeneratedRegex(@"^U[0-9]{4}-[0-9]{4}-[0-9]{4}$")]
    private static partial Regex WhoUtnPattern();
}
