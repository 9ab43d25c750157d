namespace TrialRegistry.Search;

/// <summary>The facets of the trial search, each with its own filter in <see cref="TrialSearchQuery"/>.</summary>
public enum SearchFacet
{
    Status,
    Phase,
    StudyType,
    Condition,
    InterventionType,
    Product,
    Sponsor,
    SponsorClass,
    Country,
    HasResults,
    StartYear,
}
