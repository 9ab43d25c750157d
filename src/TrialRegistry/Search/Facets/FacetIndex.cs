using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search.Facets;

/// <summary>
/// The facet values of every trial, column by column in the app's memory, so that facet counts
/// cost one pass over the candidate trials instead of a GROUP BY per facet over the match set
/// (docs/decisions/0024-facet-index.md). PostgreSQL stays the store of record: the index is
/// built from it, patched from its notifications (<see cref="FacetIndexHost"/>), and thrown away
/// whenever it could be behind.
/// <para>
/// Each trial has a row; values are stored as small codes (enum ordinals, dense codes for
/// sponsors, conditions, products and countries). Readers count under a read lock, patches take
/// the write lock, so a count never sees half a change.
/// </para>
/// </summary>
public sealed partial class FacetIndex
{
    private const int InitialCapacity = 1024;
    private const int MaxCachedTallies = 1024;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly RowsOfTrials rowOfTrial;
    private readonly Codes<int> sponsors = new();
    private readonly Codes<int> conditions = new();
    private readonly Codes<int> products = new();
    private readonly Codes<string> countries = new();

    // Counts of searches without text, for this generation (the landing page and plain facet browsing).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FacetTally> tallies = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OrderedPage> firstPages = new(StringComparer.Ordinal);

    private int rows;
    private int[] trialIds;

    // Enum ordinal + 1; 0 marks a row whose trial is gone.
    private byte[] statuses;
    private byte[] studyTypes;
    private byte[] sponsorClasses;
    private bool[] results;

    // 0 when the trial has no start date.
    private short[] startYears;

    // One bit per enum value.
    private uint[] phases;
    private uint[] interventionTypes;

    private int[] sponsorCodes;
    private readonly IntLists conditionCodes;
    private readonly IntLists productCodes;
    private readonly IntLists countryCodes;

    private SortKeys[] sortKeys;
    private readonly IntLists heads;

    /// <summary>
    /// An empty index with room for <paramref name="capacity"/> trials whose ids are below
    /// <paramref name="idCapacity"/>: a build that knows its size allocates each array once, so it
    /// leaves no outgrown copies behind for the GC.
    /// </summary>
    public FacetIndex(int capacity = InitialCapacity, int idCapacity = InitialCapacity)
    {
        capacity = Math.Max(capacity, 1);
        rowOfTrial = new RowsOfTrials(idCapacity);
        trialIds = new int[capacity];
        statuses = new byte[capacity];
        studyTypes = new byte[capacity];
        sponsorClasses = new byte[capacity];
        results = new bool[capacity];
        startYears = new short[capacity];
        phases = new uint[capacity];
        interventionTypes = new uint[capacity];
        sponsorCodes = new int[capacity];
        sortKeys = new SortKeys[capacity];
        conditionCodes = new IntLists(capacity);
        productCodes = new IntLists(capacity);
        countryCodes = new IntLists(capacity);
        heads = new IntLists(capacity);
    }

    /// <summary>Trials in the index.</summary>
    public int Count => rowOfTrial.Count;

    /// <summary>Changes with every patch: results computed from the index are valid for one generation.</summary>
    public long Generation { get; private set; }

    /// <summary>Adds or replaces the rows of these trials and drops the trials that are gone.</summary>
    public void Apply(IEnumerable<FacetRow> changed, IEnumerable<int> removedTrialIds)
    {
        gate.EnterWriteLock();
        try
        {
            foreach (var trialId in removedTrialIds)
            {
                if (rowOfTrial.Remove(trialId, out var row))
                {
                    statuses[row] = 0;
                    conditionCodes.Put(row, []);
                    productCodes.Put(row, []);
                    countryCodes.Put(row, []);
                    heads.Put(row, []);
                }
            }

            foreach (var row in changed)
            {
                Put(row);
            }

            Generation++;
            tallies.Clear();
            firstPages.Clear();
            rowsInOrder.Clear();
            ForgetTextMatches();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Counts the candidates (every trial when null) with <paramref name="filter"/>; null when a
    /// candidate is not in the index. Counts over every trial are kept until the next patch.
    /// </summary>
    public FacetTally? Tally(FacetFilter filter, IReadOnlyList<int>? candidates)
    {
        gate.EnterReadLock();
        try
        {
            if (candidates is not null)
            {
                return new Counter(this, filter).Run(candidates);
            }

            var key = filter.CacheKey();
            if (tallies.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var tally = new Counter(this, filter).Run(null)!;
            if (tallies.Count >= MaxCachedTallies)
            {
                tallies.Clear();
            }

            tallies[key] = tally;
            return tally;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Rough size of the index's arrays in bytes (for the benchmark's memory figure).</summary>
    public long ApproximateBytes()
    {
        gate.EnterReadLock();
        try
        {
            var lists = conditionCodes.ApproximateBytes() + productCodes.ApproximateBytes() + countryCodes.ApproximateBytes() + heads.ApproximateBytes();
            return (trialIds.Length * (4L + 4 + 1 + 1 + 1 + 1 + 2 + 4 + 4 + 4 + 12)) + lists + rowOfTrial.ApproximateBytes();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    internal void Put(FacetRow trial)
    {
        if (!rowOfTrial.TryGet(trial.TrialId, out var row))
        {
            row = rows++;
            EnsureCapacity(rows);
            rowOfTrial.Add(trial.TrialId, row);
            trialIds[row] = trial.TrialId;
        }

        statuses[row] = (byte)((int)trial.Status + 1);
        studyTypes[row] = (byte)((int)trial.StudyType + 1);
        sponsorClasses[row] = (byte)((int)trial.SponsorClass + 1);
        results[row] = trial.HasResults;
        startYears[row] = (short)(trial.StartYear ?? 0);
        phases[row] = Bits(trial.Phases);
        interventionTypes[row] = Bits(trial.InterventionTypes);
        sponsorCodes[row] = sponsors.Of(trial.SponsorId);
        conditionCodes.Put(row, CodesOf(conditions, trial.ConditionIds));
        productCodes.Put(row, CodesOf(products, trial.ProductIds));
        countryCodes.Put(row, CodesOf(countries, trial.Countries));
        sortKeys[row] = trial.Keys;
        heads.Put(row, trial.Head);
    }

    private static uint Bits<TEnum>(IReadOnlyList<TEnum> values)
        where TEnum : struct, Enum
    {
        var bits = 0u;
        foreach (var value in values)
        {
            bits |= 1u << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return bits;
    }

    private static int[] CodesOf<T>(Codes<T> codes, IReadOnlyList<T> values)
        where T : notnull
    {
        if (values.Count == 0)
        {
            return [];
        }

        var result = new int[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = codes.Of(values[i]);
        }

        return result;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= trialIds.Length)
        {
            return;
        }

        var size = Math.Max(needed, trialIds.Length * 2);
        Array.Resize(ref trialIds, size);
        Array.Resize(ref statuses, size);
        Array.Resize(ref studyTypes, size);
        Array.Resize(ref sponsorClasses, size);
        Array.Resize(ref results, size);
        Array.Resize(ref startYears, size);
        Array.Resize(ref phases, size);
        Array.Resize(ref interventionTypes, size);
        Array.Resize(ref sponsorCodes, size);
        Array.Resize(ref sortKeys, size);
    }

    /// <summary>Dense codes 0, 1, 2… for the values of one facet, in order of first sight.</summary>
    private sealed class Codes<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> codeOf = [];

        public List<T> Values { get; } = [];

        public int Of(T value)
        {
            if (!codeOf.TryGetValue(value, out var code))
            {
                code = Values.Count;
                codeOf[value] = code;
                Values.Add(value);
            }

            return code;
        }

        public int? Find(T value) => codeOf.TryGetValue(value, out var code) ? code : null;
    }
}
