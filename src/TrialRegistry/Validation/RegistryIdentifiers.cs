using System.Text.RegularExpressions;
using TrialRegistry.Import;
using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>
/// The formats of registry identifiers: this registry's own ("TRG-" and at least six digits, given
/// to trials created here), ClinicalTrials.gov's NCT numbers, and the secondary identifiers whose
/// registry has a fixed format.
/// </summary>
public static partial class RegistryIdentifiers
{
    /// <summary>NCT followed by 8 digits, or TRG- followed by 6 or more digits.</summary>
    public static bool IsValidRegistryId(string? value)
        => NctId.IsValid(value) || (value is not null && OwnPattern().IsMatch(value));

    /// <summary>
    /// The format a secondary identifier of this type must have: what it is called ("a EudraCT
    /// number"), the format and an example; null for types without a fixed format (grants,
    /// sponsors' numbers, other registries).
    /// </summary>
    public static (string Name, string Format, string Example)? FormatOf(SecondaryIdType type) => type switch
    {
        SecondaryIdType.EudractNumber => ("a EudraCT number", "YYYY-NNNNNN-CC", "2015-001234-56"),
        SecondaryIdType.Ctis => ("a CTIS number", "YYYY-NNNNNN-NN-NN", "2023-501234-12-00"),
        SecondaryIdType.Isrctn => ("an ISRCTN", "ISRCTN followed by 8 digits", "ISRCTN12345678"),
        SecondaryIdType.WhoUtn => ("a WHO universal trial number", "UNNNN-NNNN-NNNN", "U1111-1234-5678"),
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="value"/> has the format of its type (always true for types without
    /// one). The formats are the importer's (<see cref="SecondaryIdClassifier"/>): one definition.
    /// </summary>
    public static bool HasFormatOf(SecondaryIdType type, string value)
        => FormatOf(type) is null || SecondaryIdClassifier.RecognizeRegistry(value) == type;

    /// <summary>A value meant as an NCT number (it starts with "NCT" and a digit), well formed or not.</summary>
    public static bool LooksLikeNctId(string value) => NctLikePattern().IsMatch(value);

    [GeneratedRegex(@"^\s*NCT\s*[0-9]", RegexOptions.IgnoreCase)]
    private static partial Regex NctLikePattern();

    [GeneratedRegex("^TRG-[0-9]{6,}$")]
    private static partial Regex OwnPattern();
}
