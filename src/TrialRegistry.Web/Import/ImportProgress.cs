using System.Diagnostics;

namespace TrialRegistry.Web.Import;

/// <summary>
/// How far a background import has read its files, without any help from the import engine: the
/// read delegate counts the records it hands over and where it is in each file
/// (<see cref="ImportFiles.ReadAsync(IReadOnlyList{ImportFile}, TrialRegistry.Import.Sources.ImportContext, ImportProgress?, CancellationToken)"/>).
/// Written by the run's thread, read by any page's: counters only, no locks.
/// </summary>
public sealed class ImportProgress
{
    /// <summary>Bytes of the files before each file, and their total at the end.</summary>
    private readonly long[] offsets;
    private long bytesRead;
    private int records;
    private long startedAt;
    private long stoppedAt;

    public ImportProgress(IReadOnlyList<ImportFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        offsets = new long[files.Count + 1];
        for (var i = 0; i < files.Count; i++)
        {
            offsets[i + 1] = offsets[i] + (File.Exists(files[i].Path) ? new FileInfo(files[i].Path).Length : 0);
        }
    }

    public long TotalBytes => offsets[^1];

    public void Start() => Interlocked.CompareExchange(ref startedAt, Stopwatch.GetTimestamp(), 0);

    public void Stop() => Interlocked.CompareExchange(ref stoppedAt, Stopwatch.GetTimestamp(), 0);

    /// <summary>One record read from file <paramref name="fileIndex"/>, whose stream is now at <paramref name="position"/>.</summary>
    public void RecordRead(int fileIndex, long position)
    {
        Interlocked.Increment(ref records);
        Advance(fileIndex, position);
    }

    /// <summary>File <paramref name="fileIndex"/> is read to its end.</summary>
    public void FileRead(int fileIndex) => Advance(fileIndex, long.MaxValue);

    private void Advance(int fileIndex, long position)
    {
        var fileLength = offsets[fileIndex + 1] - offsets[fileIndex];
        Volatile.Write(ref bytesRead, offsets[fileIndex] + Math.Clamp(position, 0, fileLength));
    }

    public ImportProgressSnapshot Snapshot()
    {
        var started = Volatile.Read(ref startedAt);
        var stopped = Volatile.Read(ref stoppedAt);
        var elapsed = started == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started, stopped == 0 ? Stopwatch.GetTimestamp() : stopped);
        return new ImportProgressSnapshot(Volatile.Read(ref records), Volatile.Read(ref bytesRead), TotalBytes, elapsed);
    }
}

/// <summary>Progress at one moment: records read, the share of the files' bytes read, the rate and an estimate of the time left.</summary>
public sealed record ImportProgressSnapshot(int Records, long BytesRead, long TotalBytes, TimeSpan Elapsed)
{
    /// <summary>Below this share (or this time) an estimate would be noise.</summary>
    private const double MinFractionForEstimate = 0.01;

    private static readonly TimeSpan MinElapsedForEstimate = TimeSpan.FromSeconds(1);

    /// <summary>0 to 1: bytes read over all files' bytes (a ZIP's compressed bytes; close enough for an estimate).</summary>
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Clamp((double)BytesRead / TotalBytes, 0, 1);

    public double RecordsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Records / Elapsed.TotalSeconds;

    /// <summary>Every byte is read: the run writes its last batch and commits.</summary>
    public bool AllRead => TotalBytes > 0 && BytesRead >= TotalBytes;

    /// <summary>Time left if the rest reads at the rate so far; null while too early to say, and once everything is read.</summary>
    public TimeSpan? Remaining => Fraction < MinFractionForEstimate || Elapsed < MinElapsedForEstimate || AllRead
        ? null
        : Elapsed * ((1 - Fraction) / Fraction);

    /// <summary>
    /// "1,200 records read, 40 % of 12.3 MiB · 850 records/s · about 2 min 5 s left" while running;
    /// "… in 14 s (850 records/s)." once <paramref name="ended"/>. The page and `make import` say the same.
    /// </summary>
    public string Describe(bool ended)
    {
        var done = $"{Records:N0} records read, {Fraction:P0} of {FileSize(TotalBytes)}";
        var rate = $"{RecordsPerSecond:N0} records/s";
        if (ended)
        {
            return $"{done} in {Duration(Elapsed)} ({rate}).";
        }

        return Remaining is { } left ? $"{done} · {rate} · about {Duration(left)} left" : $"{done} · {rate}";
    }

    private static string FileSize(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):N1} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):N1} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):N0} KiB",
        _ => $"{bytes:N0} bytes",
    };

    private static string Duration(TimeSpan time) => time switch
    {
        { TotalHours: >= 1 } => $"{(int)time.TotalHours} h {time.Minutes} min",
        { TotalMinutes: >= 1 } => $"{(int)time.TotalMinutes} min {time.Seconds} s",
        _ => $"{Math.Max(1, (int)Math.Round(time.TotalSeconds))} s",
    };
}
