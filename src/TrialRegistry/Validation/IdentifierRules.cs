using TrialRegistry.Import;
using TrialRegistry.Trials;

namespace TrialRegistry.Validation;

/// <summary>The registry identifier's format and the formats of typed secondary identifiers.</summary>
internal static class IdentifierRules
{
    public static void Check(Trial trial, ProblemList problems)
    {
        if (!string.IsNullOrWhiteSpace(trial.RegistryId) && !RegistryIdentifiers.IsValidRegistryId(trial.RegistryId))
        {
            problems.Add(nameof(Trial.RegistryId), $"Registry identifier \"{trial.RegistryId}\" is not valid: it is NCT followed by 8 digits (NCT01234567) or TRG- followed by at least 6 digits (TRG-000123).");
        }

        var secondaryIds = trial.SecondaryIds ?? [];
        for (var i = 0; i < secondaryIds.Count; i++)
        {
            var field = $"SecondaryIds[{i}].Value";
            var id = secondaryIds[i];
            if (string.IsNullOrWhiteSpace(id?.Value))
            {
                problems.Add(field, "Secondary identifier is required; remove the row if there is none.");
            }
            else if (RegistryIdentifiers.FormatOf(id.Type) is { } format)
            {
                if (!RegistryIdentifiers.HasFormatOf(id.Type, id.Value))
                {
                    problems.Add(field, $"\"{id.Value}\" is not {format.Name}: the format is {format.Format}, e.g. {format.Example}.");
                }
            }
            else if (RegistryIdentifiers.LooksLikeNctId(id.Value) && !NctId.IsValid(id.Value))
            {
                // CT.gov has no secondary id type for NCT numbers (they come as REGISTRY or OTHER): know them by their prefix.
                problems.Add(field, $"\"{id.Value}\" is not an NCT number: the format is NCT followed by 8 digits, e.g. NCT01234567.");
            }
        }
    }
}
