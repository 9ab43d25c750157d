using TrialRegistry.Search.Ranking;

namespace TrialRegistry.Search.Facets;

public sealed partial class FacetIndex
{
    /// <summary>
    /// The first <see cref="PageOrder.Take"/> trials among the candidates (every trial when null) that pass
    /// <paramref name="filter"/>, in the page's order, after its cursor: one pass and a bounded heap,
    /// so page 1000 costs what page 1 does. Null when a candidate is not in the index yet.
    /// </summary>
    public OrderedPage? Order(FacetFilter filter, IReadOnlyList<int>? candidates, PageOrder order)
    {
        gate.EnterReadLock();
        try
        {
            // First pages of searches without text are kept until the next patch, as their counts are.
            var cacheKey = candidates is null && order.After is null
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{filter.CacheKey()}|{order.Sort}|{order.Take}")
                : null;
            if (cacheKey is not null && firstPages.TryGetValue(cacheKey, out var cached))
            {
                return cached;
            }

            var page = OrderUnderLock(filter, candidates, order);
            if (cacheKey is not null && page is not null)
            {
                if (firstPages.Count >= MaxCachedTallies)
                {
                    firstPages.Clear();
                }

                firstPages[cacheKey] = page;
            }

            return page;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private OrderedPage? OrderUnderLock(FacetFilter filter, IReadOnlyList<int>? candidates, PageOrder order)
    {
        if (candidates is null && order.Sort != TrialSort.Relevance && OrderBySortedRows(filter, order) is { } walked)
        {
            return walked;
        }

        var ranking = order.Ranking;
        var relevance = order.Sort == TrialSort.Relevance && ranking is not null;
        var idAscending = relevance;
        var best = new PriorityQueue<(int TrialId, long Primary), (long Primary, int Id)>(
            order.Take + 1, Comparer<(long Primary, int Id)>.Create((a, b) => Compare(b, a, idAscending)));
        var lowestTier = int.MaxValue;

        var complete = new Counter(this, filter).Select(candidates, row =>
        {
            var keys = sortKeys[row];
            var trialId = trialIds[row];
            long primary;
            if (relevance)
            {
                var tier = ranking!.TierOf(trialId, heads.HeadWords(row));
                primary = ((long)tier << 32) | (uint)keys.LastUpdateDay;
            }
            else
            {
                primary = order.Sort switch
                {
                    TrialSort.StartDate => keys.StartDay,
                    TrialSort.Enrollment => keys.Enrollment,
                    _ => keys.LastUpdateDay,
                };
            }

            if (order.After is { } after && Compare((primary, trialId), after, idAscending) <= 0)
            {
                return; // at or before the cursor
            }

            // The heap's top is the worst of the best so far (the comparer is reversed); once the
            // page is full, a row no better than it costs one comparison.
            if (best.Count < order.Take)
            {
                best.Enqueue((trialId, primary), (primary, trialId));
            }
            else
            {
                best.EnqueueDequeue((trialId, primary), (primary, trialId));
            }
        });
        if (!complete)
        {
            return null;
        }

        var rows = new List<(int TrialId, long Primary)>(best.Count);
        while (best.TryDequeue(out var row, out _))
        {
            rows.Add(row);
            lowestTier = Math.Min(lowestTier, (int)(row.Primary >> 32));
        }

        rows.Reverse();

        // Below the head tiers the summary decides: ask for its matches and order again.
        var needsSummary = relevance && !ranking!.HasSummary
            && ((order.After is { } cursor && (cursor.Primary >> 32) < TextRanking.HeadTier) || (rows.Count > 0 && lowestTier < TextRanking.HeadTier));
        return new OrderedPage(rows, needsSummary);
    }

    /// <summary>Gives back the room the load's doubling left (called once a full load is done).</summary>
    internal void TrimExcess()
    {
        conditionCodes.TrimExcess(rows);
        productCodes.TrimExcess(rows);
        countryCodes.TrimExcess(rows);
        heads.TrimExcess(rows);
    }

    // Positive when a comes after b in the page order: larger primary first, then id (ascending
    // for relevance, descending for the other sorts, as the SQL path orders them). The priority
    // queue gets it reversed, so its minimum is the row that falls off the page first.
    private static int Compare((long Primary, int Id) a, (long Primary, int Id) b, bool idAscending)
    {
        var byPrimary = b.Primary.CompareTo(a.Primary);
        if (byPrimary != 0)
        {
            return byPrimary;
        }

        return idAscending ? a.Id.CompareTo(b.Id) : b.Id.CompareTo(a.Id);
    }
}

/// <summary>What page to order: the sort, the text's ranking for relevance, where the previous page ended, how many.</summary>
public sealed record PageOrder(TrialSort Sort, TextRanking? Ranking, (long Primary, int Id)? After, int Take);

/// <summary>A page's trials with their sort keys; <see cref="NeedsSummary"/> when the ranking must first learn the summary matches.</summary>
public sealed record OrderedPage(IReadOnlyList<(int TrialId, long Primary)> Rows, bool NeedsSummary);
