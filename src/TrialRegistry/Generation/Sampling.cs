namespace TrialRegistry.Generation;

/// <summary>
/// A discrete distribution over indexes 0..n-1 given by weights, drawn with one uniform number and
/// a binary search over the cumulative weights.
/// </summary>
internal sealed class WeightedTable
{
    private readonly double[] cumulative;

    public WeightedTable(IEnumerable<double> weights)
    {
        var list = weights.ToList();
        if (list.Count == 0 || list.Any(w => w < 0) || list.Sum() <= 0)
        {
            throw new ArgumentException("A weighted table needs at least one positive weight and none negative.", nameof(weights));
        }

        cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i];
            cumulative[i] = total;
        }

        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= total;
        }
    }

    public int Count => cumulative.Length;

    /// <summary>
    /// A Zipf-Mandelbrot table over <paramref name="count"/> ranks: weight 1/(rank + offset)^exponent.
    /// The offset flattens the head (the largest value does not take an implausible share).
    /// </summary>
    public static WeightedTable Zipf(int count, double exponent = 1.0, double offset = 1.0)
        => new(Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank + offset, exponent)));

    public int Next(Random random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(cumulative, u);
        if (index < 0)
        {
            index = ~index;
        }

        return Math.Min(index, cumulative.Length - 1);
    }
}

/// <summary>Draws of the distributions the generator needs, all from one <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Gaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal draw with the given median and log-scale spread.</summary>
    public static double LogNormal(this Random random, double median, double sigma)
        => median * Math.Exp(sigma * random.Gaussian());

    /// <summary>An item of <paramref name="items"/> chosen by <paramref name="weights"/> (parallel lists).</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var u = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            u -= weight;
            if (u < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>A deterministic 32-bit seed from a run seed and a stream number (SplitMix64).</summary>
    public static int Mix(int seed, long stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ (ulong)stream;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
