namespace TrialRegistry.Trials;

/// <summary>A study site. Latitude/longitude in WGS84 degrees, as CT.gov's geoPoint.</summary>
public class Location
{
    public int Id { get; set; }

    public int TrialId { get; set; }

    public int Ordinal { get; set; }

    public string? Facility { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? Country { get; set; }

    public RecruitmentStatus? Status { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}
