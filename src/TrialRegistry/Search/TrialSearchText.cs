using NpgsqlTypes;

namespace TrialRegistry.Search;

/// <summary>
/// A trial's words for the search, in a narrow table of their own (docs/decisions/0026-text-search-engine.md).
/// The trials table is too wide to visit for every match of a broad word; here each row is about
/// 100 bytes, because the vectors live in TOAST, so the ids of 94,000 matches come from 7,700
/// pages instead of 67,000. A trigger on trials keeps it; nothing else writes it.
/// </summary>
public sealed class TrialSearchText
{
    public int TrialId { get; set; }

    /// <summary>Brief title, acronym, conditions, interventions and keywords: what ranks first.</summary>
    public NpgsqlTsVector Head { get; set; } = NpgsqlTsVector.Empty;

    /// <summary>The brief summary: what ranks after the head.</summary>
    public NpgsqlTsVector Summary { get; set; } = NpgsqlTsVector.Empty;

    /// <summary>Every searchable word of the trial (trials.search_vector): what the search matches.</summary>
    public NpgsqlTsVector Everything { get; set; } = NpgsqlTsVector.Empty;
}
