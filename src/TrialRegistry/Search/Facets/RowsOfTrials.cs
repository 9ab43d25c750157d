namespace TrialRegistry.Search.Facets;

/// <summary>
/// Trial id → row of the facet index, as an array indexed by id: trial ids are a sequence, so the
/// array is about as long as the table, and a search's 94,000 candidates are found without
/// hashing (a Dictionary cost a third of a count).
/// </summary>
internal sealed class RowsOfTrials(int idCapacity = 1024)
{
    // Row + 1; 0 where no trial has that id.
    private int[] rowPlusOne = new int[Math.Max(idCapacity, 1)];

    public int Count { get; private set; }

    public bool TryGet(int trialId, out int row)
    {
        if ((uint)trialId < (uint)rowPlusOne.Length && rowPlusOne[trialId] != 0)
        {
            row = rowPlusOne[trialId] - 1;
            return true;
        }

        row = -1;
        return false;
    }

    public void Add(int trialId, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trialId);
        if (trialId >= rowPlusOne.Length)
        {
            Array.Resize(ref rowPlusOne, Math.Max(trialId + 1, rowPlusOne.Length * 2));
        }

        Count += rowPlusOne[trialId] == 0 ? 1 : 0;
        rowPlusOne[trialId] = row + 1;
    }

    public bool Remove(int trialId, out int row)
    {
        if (TryGet(trialId, out row))
        {
            rowPlusOne[trialId] = 0;
            Count--;
            return true;
        }

        return false;
    }

    public long ApproximateBytes() => rowPlusOne.Length * 4L;
}
