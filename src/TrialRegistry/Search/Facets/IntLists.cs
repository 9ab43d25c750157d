namespace TrialRegistry.Search.Facets;

/// <summary>
/// A short list of ints per row of the facet index (conditions, products, countries, head words),
/// pooled in segments of 64 Ki ints: an array per row would add 32 bytes of header and reference to
/// each of 500,000 rows, four times over, and one growing array would leave its old copies behind
/// for the GC at every doubling (tens of MiB of RSS after a build). A list never spans two segments
/// (lists are at most 32,767 long). A list that outgrows its place moves to the end and leaves a
/// hole; the store compacts itself when holes are half of it.
/// </summary>
internal sealed class IntLists(int capacity = 1024)
{
    private const int SegmentBits = 16;
    private const int SegmentSize = 1 << SegmentBits;
    private const int OffsetMask = SegmentSize - 1;

    private int[][] segments = [];
    private int[] starts = new int[Math.Max(capacity, 1)];
    private short[] lengths = new short[Math.Max(capacity, 1)];
    private int used;
    private long holes;

    public ReadOnlySpan<int> this[int row]
        => row < starts.Length && lengths[row] > 0 ? segments[starts[row] >> SegmentBits].AsSpan(starts[row] & OffsetMask, lengths[row]) : [];

    /// <summary>The row's list as head words (<see cref="Ranking.HeadWords"/>).</summary>
    public Ranking.HeadWords HeadWords(int row)
        => row < starts.Length && lengths[row] > 0 ? new(segments[starts[row] >> SegmentBits], starts[row] & OffsetMask, lengths[row]) : Ranking.HeadWords.None;

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
            if (length > 0)
            {
                values[..length].CopyTo(segments[starts[row] >> SegmentBits].AsSpan(starts[row] & OffsetMask));
            }

            lengths[row] = (short)length;
            return;
        }

        // The old place becomes a hole (and must not be copied if the store compacts now).
        holes += lengths[row];
        lengths[row] = 0;
        if (holes * 2 > used && holes > SegmentSize)
        {
            Compact();
        }

        starts[row] = Append(ref segments, ref used, values[..length]);
        lengths[row] = (short)length;
    }

    public long ApproximateBytes() => (segments.Count(s => s is not null) * (long)SegmentSize * 4) + (starts.Length * 6L);

    /// <summary>Gives back the room a load left: holes, and rows beyond the last (after a full load).</summary>
    public void TrimExcess(int rows)
    {
        if (holes > 0)
        {
            Compact();
        }

        if (starts.Length > rows + (rows / 8) + 1024)
        {
            Array.Resize(ref starts, Math.Max(rows, 1));
            Array.Resize(ref lengths, Math.Max(rows, 1));
        }
    }

    // Writes the list after the last one (in a new segment when it would not fit in this one's rest);
    // its start as a global offset: segment << SegmentBits | offset.
    private static int Append(ref int[][] segments, ref int used, ReadOnlySpan<int> values)
    {
        if ((used & OffsetMask) + values.Length > SegmentSize)
        {
            used = ((used >> SegmentBits) + 1) << SegmentBits; // the rest of this segment stays unused
        }

        var segment = used >> SegmentBits;
        if (segment >= segments.Length)
        {
            Array.Resize(ref segments, Math.Max(segment + 1, segments.Length * 2));
        }

        segments[segment] ??= new int[SegmentSize];
        var start = used;
        values.CopyTo(segments[segment].AsSpan(used & OffsetMask));
        used += values.Length;
        return start;
    }

    private void Compact()
    {
        var compacted = Array.Empty<int[]>();
        var at = 0;
        for (var row = 0; row < starts.Length; row++)
        {
            if (lengths[row] > 0)
            {
                starts[row] = Append(ref compacted, ref at, segments[starts[row] >> SegmentBits].AsSpan(starts[row] & OffsetMask, lengths[row]));
            }
        }

        segments = compacted;
        used = at;
        holes = 0;
    }
}
