using System.Security.Cryptography;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>
/// The order of walks sorted by a key an edit can change (last update, start date, enrollment,
/// relevance): every match's id as it stood at the first page, so each later page is a slice of it
/// and every original match comes exactly once whatever changes meanwhile
/// (docs/decisions/0020-ctgov-studies-paging.md). Held in memory (4 bytes a match), dropped an hour
/// after a walk's last page, and at most <see cref="MaxIds"/> ids in all: the least recently used
/// walks go first. A walk whose order is gone gets a 400 asking to start again.
/// </summary>
public sealed class StudyWalkSnapshots(TimeProvider time)
{
    /// <summary>80 MB of ids: 40 walks over a 500k-study registry.</summary>
    public const int MaxIds = 20_000_000;

    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<string, Walk> walks = new(StringComparer.Ordinal);
    private readonly Lock guard = new();
    private long held;

    /// <summary>Ids held in all walks.</summary>
    public long HeldIds
    {
        get
        {
            lock (guard)
            {
                return held;
            }
        }
    }

    /// <summary>Keeps the order of a new walk; returns its key (random, URL-safe).</summary>
    public string Add(int[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        lock (guard)
        {
            foreach (var expired in walks.Where(w => now - w.Value.LastUsed > IdleLifetime).Select(w => w.Key).ToList())
            {
                Remove(expired);
            }

            while (held + ids.Length > MaxIds && walks.Count > 0)
            {
                Remove(walks.MinBy(w => w.Value.LastUsed).Key);
            }

            walks[key] = new Walk(ids) { LastUsed = now };
            held += ids.Length;
        }

        return key;
    }

    /// <summary>The walk's ids, or null when it is unknown, expired or evicted.</summary>
    public int[]? Find(string key)
    {
        var now = time.GetUtcNow();
        lock (guard)
        {
            if (!walks.TryGetValue(key, out var walk) || now - walk.LastUsed > IdleLifetime)
            {
                return null;
            }

            walk.LastUsed = now;
            return walk.Ids;
        }
    }

    private void Remove(string key)
    {
        held -= walks[key].Ids.Length;
        walks.Remove(key);
    }

    private sealed class Walk(int[] ids)
    {
        public int[] Ids { get; } = ids;

        public DateTimeOffset LastUsed { get; set; }
    }
}
