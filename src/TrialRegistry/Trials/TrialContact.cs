namespace TrialRegistry.Trials;

public enum TrialContactKind
{
    /// <summary>CT.gov centralContacts.</summary>
    Central,

    /// <summary>CT.gov overallOfficials.</summary>
    OverallOfficial,
}

public class TrialContact
{
    public int Id { get; set; }

    public int TrialId { get; set; }

    public TrialContactKind Kind { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public ContactRole? Role { get; set; }

    public string? Affiliation { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
