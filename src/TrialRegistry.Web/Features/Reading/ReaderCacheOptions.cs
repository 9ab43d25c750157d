namespace TrialRegistry.Web.Features.Reading;

/// <summary>The server-side cache of anonymous readers' pages (section "ReaderCache").</summary>
public sealed class ReaderCacheOptions
{
    public const string Section = "ReaderCache";

    /// <summary>Off: every page is rendered (ETags and 304s still answer revalidations).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page may stay cached. Changes evict pages at once, so this only bounds what a
    /// change the database could not announce (none known) would leave behind.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A StackExchange.Redis configuration string: several instances then share one cache. Empty: in memory.</summary>
    public string? Redis { get; set; }

    /// <summary>Memory for the in-memory store, in MiB.</summary>
    public int SizeLimitMiB { get; set; } = 256;
}
