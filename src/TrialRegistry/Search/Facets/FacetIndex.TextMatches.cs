namespace TrialRegistry.Search.Facets;

/// <summary>A search text's tsquery and phrase form as PostgreSQL prints them, and the ids of the trials it matches.</summary>
public sealed record TextMatches(string Query, string Phrase, int[] Ids);

public sealed partial class FacetIndex
{
    // 16 MiB of ids at most: "cancer" at 500k is 94,000 ids (367 KiB).
    private const int MaxCachedMatchIds = 4 * 1024 * 1024;

    // The matches of the texts searched in this generation. Their ids cost a GIN scan and a visit of every
    // matching row (35-45 ms for a word in a fifth of 500k trials); a popular word is searched again and
    // again between two changes. Dropped by every patch, as the counts are: trial_search_text's changes
    // notify too, so a cached text never outlives a change of any trial's words.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextMatches> textMatches = new(StringComparer.Ordinal);
    private long cachedMatchIds;

    /// <summary>The matches of <paramref name="text"/> (exactly as typed) in this generation, when a search found them already.</summary>
    public TextMatches? CachedTextMatches(string text) => textMatches.TryGetValue(text, out var matches) ? matches : null;

    /// <summary>
    /// Keeps the matches read from the database for the rest of the generation, unless the index has
    /// been patched since <paramref name="generation"/> (the search began): they may predate the patch.
    /// </summary>
    public void CacheTextMatches(string text, long generation, TextMatches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        gate.EnterReadLock();
        try
        {
            // Under the read lock no patch runs, so an entry is never added to a later generation.
            if (Generation != generation)
            {
                return;
            }

            if (Interlocked.Add(ref cachedMatchIds, matches.Ids.Length) > MaxCachedMatchIds || textMatches.Count >= MaxCachedTallies)
            {
                textMatches.Clear();
                Interlocked.Exchange(ref cachedMatchIds, matches.Ids.Length);
            }

            textMatches[text] = matches;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Drops the kept matches (every patch does; the benchmark too, to time the searches that read them).</summary>
    public void ForgetTextMatches()
    {
        textMatches.Clear();
        Interlocked.Exchange(ref cachedMatchIds, 0);
    }
}
