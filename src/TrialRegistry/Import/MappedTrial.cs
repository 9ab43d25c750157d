using TrialRegistry.Trials;

namespace TrialRegistry.Import;

/// <summary>Something in a source record that was kept out of the trial or replaced by a default.</summary>
public sealed record MappingWarning(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>
/// A source record mapped to a (not yet saved) trial. Warnings say what did not fit the model, so an
/// import preview can show them per record instead of failing the whole file.
/// </summary>
public sealed record MappedTrial(Trial Trial, IReadOnlyList<MappingWarning> Warnings);

/// <summary>A source record that cannot become a trial at all (no registry id, no title, no sponsor).</summary>
public sealed class RecordMappingException : Exception
{
    public RecordMappingException()
    {
    }

    public RecordMappingException(string message)
        : base(message)
    {
    }

    public RecordMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
