namespace TrialRegistry.Trials;

public class TrialSecondaryId
{
    public int Id { get; set; }

    public int TrialId { get; set; }

    public required string Value { get; set; }

    public SecondaryIdType Type { get; set; }

    /// <summary>Issuing organization or registry as given (CT.gov "domain").</summary>
    public string? Domain { get; set; }

    public string? Link { get; set; }
}
