using TrialRegistry.Common;

namespace TrialRegistry.Organizations;

/// <summary>CT.gov AgencyClass: the kind of organization a sponsor is.</summary>
public enum OrganizationClass
{
    Nih,
    Fed,
    OtherGov,
    Indiv,
    Industry,
    Network,
    Ambig,
    Other,
    Unknown,
}

/// <summary>
/// A sponsor, collaborator, product developer, patent assignee or deal party: one row, whatever
/// roles it plays, matched by <see cref="NormalizedName"/> and its aliases.
/// </summary>
public class Organization
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The matching key (see <see cref="NameNormalizer"/>); unique.</summary>
    public string NormalizedName { get; set; } = string.Empty;

    public OrganizationClass Class { get; set; } = OrganizationClass.Unknown;

    /// <summary>ISO 3166 country name as CT.gov writes it ("France"); null when unknown.</summary>
    public string? Country { get; set; }

    public List<OrganizationAlias> Aliases { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public uint Version { get; set; }

    public static Organization Create(string name, OrganizationClass organizationClass, string? country = null)
        => new()
        {
            Name = name,
            NormalizedName = NameNormalizer.Normalize(name),
            Class = organizationClass,
            Country = country,
        };
}
