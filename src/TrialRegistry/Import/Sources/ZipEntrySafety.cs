using System.Globalization;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// The checks a ZIP entry passes before it is read (nothing is ever extracted to disk): a path that
/// stays inside the archive, a size under the limit, a compression ratio no real study file reaches.
/// The declared sizes may lie, so the entry's stream also stops at the declared size.
/// </summary>
internal static class ZipEntrySafety
{
    /// <summary>Below this size a high ratio is harmless (a tiny file of repeated bytes).</summary>
    private const long RatioCheckFromBytes = 64 * 1024;

    /// <summary>Why the entry is refused, or null when it may be read.</summary>
    public static string? Refusal(ZipEntryInfo entry, ZipLimits limits)
    {
        var path = entry.FullName;
        var segments = path.Split('/', '\\');
        if (path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':') || segments.Contains(".."))
        {
            return "Refused: the entry's path leaves the archive's root (an absolute path or '..'); nothing is extracted.";
        }

        if (entry.Length > limits.MaxEntryBytes)
        {
            return $"Refused: the entry is {Megabytes(entry.Length)} uncompressed, over the limit of {Megabytes(limits.MaxEntryBytes)}.";
        }

        var ratio = (double)entry.Length / Math.Max(entry.CompressedLength, 1);
        if (entry.Length >= RatioCheckFromBytes && ratio > limits.MaxCompressionRatio)
        {
            return $"Refused: the entry's compression ratio is {ratio.ToString("0", CultureInfo.InvariantCulture)}:1, over the limit of "
                + $"{limits.MaxCompressionRatio.ToString("0", CultureInfo.InvariantCulture)}:1 (a ZIP bomb?).";
        }

        return null;
    }

    /// <summary>The entry's content, cut off with an error past its declared size.</summary>
    public static Stream Open(ZipDirectory directory, ZipEntryInfo entry) => new LimitedReadStream(directory.OpenEntry(entry), entry.Length);

    private static string Megabytes(long bytes)
        => bytes < 1024 * 1024
            ? $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes"
            : $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB";

    /// <summary>Reads at most the declared number of bytes; more is an error, not a silent cut.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : ReadOnlyStream
    {
        private long read;

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => Count(await inner.ReadAsync(buffer, cancellationToken));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int n)
        {
            read += n;
            return read > limit
                ? throw new InvalidDataException("the entry holds more bytes than its header declares (a forged ZIP?)")
                : n;
        }
    }
}

/// <summary>The limits of <see cref="ZipFormat"/>.</summary>
/// <param name="MaxEntryBytes">The largest entry read, uncompressed (default 64 MB).</param>
/// <param name="MaxCompressionRatio">The highest uncompressed:compressed ratio accepted (default 100).</param>
public sealed record ZipLimits(long MaxEntryBytes = 64 * 1024 * 1024, double MaxCompressionRatio = 100);
