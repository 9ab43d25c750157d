namespace TrialRegistry.Search.Ranking;

/// <summary>
/// Relevance as tiers (docs/decisions/0026-text-search-engine.md): the head words hold the phrase
/// (3), the head holds the query (2), the summary does (1), only the rest does (0). Within a tier
/// the most recently updated trial comes first, then the lower id. PostgreSQL's SQL path orders
/// by the same tiers (SearchTrials.RelevancePageAsync), so either path gives the same pages.
/// </summary>
public sealed class TextRanking(TextQuery query, TextQuery? phrase, IReadOnlySet<int>? summaryMatches = null)
{
    public const int PhraseTier = 3;
    public const int HeadTier = 2;
    public const int SummaryTier = 1;

    public TextQuery Query => query;

    public TextQuery? Phrase => phrase;

    public bool HasSummary => summaryMatches is not null;

    public TextRanking WithSummary(IReadOnlySet<int> matches) => new(query, phrase, matches);

    public int TierOf(int trialId, HeadWords head)
    {
        if (query.Matches(head))
        {
            return phrase is not null && phrase.Matches(head) ? PhraseTier : HeadTier;
        }

        return summaryMatches is not null && summaryMatches.Contains(trialId) ? SummaryTier : 0;
    }
}
