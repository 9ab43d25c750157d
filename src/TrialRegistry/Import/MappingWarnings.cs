using TrialRegistry.Common;

namespace TrialRegistry.Import;

/// <summary>Collects the warnings of mapping one record.</summary>
internal sealed class MappingWarnings
{
    private readonly List<MappingWarning> items = [];

    public IReadOnlyList<MappingWarning> Items => items;

    public void Add(string field, string message) => items.Add(new MappingWarning(field, message));

    /// <summary>
    /// The enum member for a CT.gov value; null (and a warning) for a value this version does not
    /// know, so one new registry value never stops an import.
    /// </summary>
    public TEnum? Enum<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (CtGovNames.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        Add(field, $"unknown {typeof(TEnum).Name} value '{value}' left out");
        return null;
    }
}
