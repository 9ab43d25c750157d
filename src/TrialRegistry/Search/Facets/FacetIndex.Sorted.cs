using System.Collections.Concurrent;

namespace TrialRegistry.Search.Facets;

public sealed partial class FacetIndex
{
    // The live rows in each date or size sort's page order, for this generation: a page of a search
    // without text then starts at its cursor (a binary search) and reads on until the page is full,
    // instead of passing over every trial. Built in the background after the first search in a
    // generation asks for it, so no reader waits for a sort.
    private readonly ConcurrentDictionary<TrialSort, int[]> rowsInOrder = new();
    private readonly ConcurrentDictionary<TrialSort, byte> sorting = new();

    /// <summary>False leaves the sort orders to <see cref="SortNow"/> (tests compare both ways of ordering a page).</summary>
    internal bool SortsInBackground { get; set; } = true;

    /// <summary>Rows a page may read in sort order before a plain pass is cheaper (very selective filters).</summary>
    private const int WalkBudget = 65_536;

    /// <summary>
    /// The page read along the sort order from the cursor; null when that order is not built yet for
    /// this generation (a build is then started) or the filter passes too few rows to fill the page soon.
    /// </summary>
    private OrderedPage? OrderBySortedRows(FacetFilter filter, PageOrder order)
    {
        if (!rowsInOrder.TryGetValue(order.Sort, out var sorted))
        {
            StartSorting(order.Sort, Generation);
            return null;
        }

        var start = 0;
        if (order.After is { } after)
        {
            var cursor = Composite(after.Primary, after.Id);

            // sorted is descending in Composite; find the first row strictly after the cursor.
            var (low, high) = (0, sorted.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (CompositeOf(order.Sort, sorted[middle]) >= cursor)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            start = low;
        }

        var passed = new List<int>(order.Take);
        if (!new Counter(this, filter).Walk(sorted, start, order.Take, Math.Max(WalkBudget, order.Take * 64), passed))
        {
            return null;
        }

        var rows = passed.ConvertAll(row => (trialIds[row], PrimaryOf(order.Sort, row)));
        return new OrderedPage(rows, NeedsSummary: false);
    }

    /// <summary>Builds the three sort orders for this generation at once.</summary>
    internal void SortNow()
    {
        foreach (var sort in (TrialSort[])[TrialSort.LastUpdate, TrialSort.StartDate, TrialSort.Enrollment])
        {
            Sort(sort);
        }
    }

    private void StartSorting(TrialSort sort, long generation)
    {
        if (!SortsInBackground || !sorting.TryAdd(sort, 0))
        {
            return; // already under way
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            state =>
            {
                try
                {
                    Sort(sort, generation);
                }
                finally
                {
                    sorting.TryRemove(sort, out _);
                }
            },
            null);
    }

    // The keys are read under the read lock (a few ms), sorted outside it, so a patch waiting for
    // the write lock, and the searches queued behind it, do not wait for the sort; the order is kept
    // only if no patch came in between.
    private void Sort(TrialSort sort, long? generation = null)
    {
        long[] keys;
        int[] sorted;
        long readAt;
        gate.EnterReadLock();
        try
        {
            readAt = Generation;
            if (generation is { } asked && asked != readAt)
            {
                return; // a patch since the request: the next search asks again
            }

            keys = new long[rowOfTrial.Count];
            sorted = new int[rowOfTrial.Count];
            var n = 0;
            for (var row = 0; row < rows && n < sorted.Length; row++)
            {
                if (statuses[row] != 0)
                {
                    keys[n] = ~CompositeOf(sort, row); // ascending in ~x is descending in x
                    sorted[n] = row;
                    n++;
                }
            }

            if (n < sorted.Length)
            {
                (keys, sorted) = (keys[..n], sorted[..n]);
            }
        }
        finally
        {
            gate.ExitReadLock();
        }

        Array.Sort(keys, sorted);
        gate.EnterReadLock();
        try
        {
            if (Generation == readAt)
            {
                rowsInOrder[sort] = sorted;
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private long PrimaryOf(TrialSort sort, int row)
    {
        var keys = sortKeys[row];
        return sort switch
        {
            TrialSort.StartDate => keys.StartDay,
            TrialSort.Enrollment => keys.Enrollment,
            _ => keys.LastUpdateDay,
        };
    }

    private long CompositeOf(TrialSort sort, int row) => Composite(PrimaryOf(sort, row), trialIds[row]);

    // The page order of the date and size sorts (key descending, then id descending) as one number:
    // keys are day numbers or enrollments (-1 when missing), ids positive, so both fit in 32 bits.
    private static long Composite(long primary, int id) => (primary << 32) | (uint)id;
}
