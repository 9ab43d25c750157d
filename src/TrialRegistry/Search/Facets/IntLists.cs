namespace TrialRegistry.Search.Facets;

/// <summary>
/// A short list of ints per row of the facet index (conditions, products, countries, head words),
/// all in one pooled array: an array per row would add 32 bytes of header and reference to each of
/// 500,000 rows, four times over. A list that outgrows its place moves to the end and leaves a
/// hole; the store compacts itself when holes are half of it.
/// </summary>
internal sealed class IntLists
{
    private int[] slots = new int[4096];
    private int[] starts = new int[1024];
    private short[] lengths = new short[1024];
    private int used;
    private long holes;

    public ReadOnlySpan<int> this[int row] => row < starts.Length ? slots.AsSpan(starts[row], lengths[row]) : [];

    /// <summary>The row's list as head words (<see cref="Ranking.HeadWords"/>).</summary>
    public Ranking.HeadWords HeadWords(int row) => row < starts.Length ? new(slots, starts[row], lengths[row]) : Ranking.HeadWords.None;

    public void Put(int row, ReadOnlySpan<int> values)
    {
        if (row >= starts.Length)
        {
            var size = Math.Max(row + 1, starts.Length * 2);
            Array.Resize(ref starts, size);
            Array.Resize(ref lengths, size);
        }

        var length = Math.Min(values.Length, short.MaxValue);
        if (length <= lengths[row])
        {
            holes += lengths[row] - length;
            values[..length].CopyTo(slots.AsSpan(starts[row]));
            lengths[row] = (short)length;
            return;
        }

        // The old place becomes a hole (and must not be copied if the store compacts now).
        holes += lengths[row];
        lengths[row] = 0;
        if (used + length > slots.Length)
        {
            if (holes * 2 > used)
            {
                Compact(0);
            }

            if (used + length > slots.Length)
            {
                Array.Resize(ref slots, Math.Max(used + length, slots.Length * 2));
            }
        }

        values[..length].CopyTo(slots.AsSpan(used));
        starts[row] = used;
        lengths[row] = (short)length;
        used += length;
    }

    public long ApproximateBytes() => (slots.Length * 4L) + (starts.Length * 6L);

    /// <summary>Gives back the room that growing by doubling left (after a full load).</summary>
    public void TrimExcess(int rows)
    {
        Compact(rows);
        Array.Resize(ref starts, Math.Max(rows, 1));
        Array.Resize(ref lengths, Math.Max(rows, 1));
    }

    private void Compact(int rows)
    {
        var compacted = new int[Math.Max(used - (int)holes, rows == 0 ? 4096 : 0)];
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
