namespace TrialRegistry.Trials;

public class Outcome
{
    public int Id { get; set; }

    public int TrialId { get; set; }

    public OutcomeKind Kind { get; set; }

    public int Ordinal { get; set; }

    public required string Measure { get; set; }

    public string? TimeFrame { get; set; }

    public string? Description { get; set; }
}
