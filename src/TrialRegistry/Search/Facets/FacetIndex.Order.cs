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
                    var tier = ranking!.TierOf(trialId, heads.Get(row));
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

                // The heap's top is the worst of the best so far (the comparer is reversed).
                best.Enqueue((trialId, primary), (primary, trialId));
                if (best.Count > order.Take)
                {
                    best.Dequeue();
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
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Gives back the room the load's doubling left (called once a full load is done).</summary>
    internal void TrimExcess() => heads.TrimExcess();

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

    /// <summary>
    /// The head words of every row in one pooled array (a jagged array would add 32 bytes a trial):
    /// a patch that needs more room appends and leaves a hole, and the store compacts itself when
    /// holes are half of it.
    /// </summary>
    private sealed class HeadStore
    {
        private int[] slots = new int[4096];
        private int[] starts = new int[InitialCapacity];
        private short[] lengths = new short[InitialCapacity];
        private int used;
        private long holes;

        public HeadWords Get(int row) => row < starts.Length ? new HeadWords(slots, starts[row], lengths[row]) : HeadWords.None;

        public void Put(int row, int[] head)
        {
            if (row >= starts.Length)
            {
                var size = Math.Max(row + 1, starts.Length * 2);
                Array.Resize(ref starts, size);
                Array.Resize(ref lengths, size);
            }

            var length = Math.Min(head.Length, short.MaxValue);
            if (length <= lengths[row])
            {
                holes += lengths[row] - length;
                head.AsSpan(0, length).CopyTo(slots.AsSpan(starts[row]));
                lengths[row] = (short)length;
                return;
            }

            holes += lengths[row];
            if (used + length > slots.Length)
            {
                if (holes * 2 > used)
                {
                    Compact();
                }

                if (used + length > slots.Length)
                {
                    Array.Resize(ref slots, Math.Max(used + length, slots.Length * 2));
                }
            }

            head.AsSpan(0, length).CopyTo(slots.AsSpan(used));
            starts[row] = used;
            lengths[row] = (short)length;
            used += length;
        }

        public long ApproximateBytes() => (slots.Length * 4L) + (starts.Length * 6L);

        public void TrimExcess()
        {
            if (holes > 0)
            {
                Compact();
            }

            Array.Resize(ref slots, used);
        }

        private void Compact()
        {
            var compacted = new int[Math.Max(4096, used - (int)holes)];
            var at = 0;
            for (var row = 0; row < starts.Length; row++)
            {
                slots.AsSpan(starts[row], lengths[row]).CopyTo(compacted.AsSpan(at));
                starts[row] = at;
                at += lengths[row];
            }

            slots = compacted;
            used = at;
            holes = 0;
        }
    }
}

/// <summary>What page to order: the sort, the text's ranking for relevance, where the previous page ended, how many.</summary>
public sealed record PageOrder(TrialSort Sort, TextRanking? Ranking, (long Primary, int Id)? After, int Take);

/// <summary>A page's trials with their sort keys; <see cref="NeedsSummary"/> when the ranking must first learn the summary matches.</summary>
public sealed record OrderedPage(IReadOnlyList<(int TrialId, long Primary)> Rows, bool NeedsSummary);
