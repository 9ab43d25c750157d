using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TrialRegistry.Import.Sources;

/// <summary>One entry of a ZIP's central directory: what the safety checks and the reader need.</summary>
internal sealed record ZipEntryInfo(string FullName, long CompressedLength, long Length, ushort Method, ushort Flags, long LocalHeaderOffset)
{
    /// <summary>The file name without its folders.</summary>
    public string Name => FullName[(FullName.LastIndexOfAny(['/', '\\']) + 1)..];

    public bool IsFolder => FullName.EndsWith('/') || FullName.EndsWith('\\');

    public bool IsEncrypted => (Flags & 1) != 0;
}

/// <summary>
/// Walks a ZIP's central directory one record at a time, and opens an entry's data from its local
/// header (ZIP64 included: CT.gov's bulk download has ~500k entries, past the 65,535 of plain ZIP).
/// <see cref="ZipArchive"/> holds an object per entry for the archive's lifetime (~100+ MB for that
/// download); this holds one, so memory stays flat however many entries (docs/decisions/0019).
/// The stream must be seekable; the directory is read through a buffer of its own, so reading an
/// entry in between costs no re-reading.
/// </summary>
internal sealed class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint EntrySignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const int EndLength = 22;
    private const int EntryFixedLength = 46;
    private const int LocalFixedLength = 30;

    private readonly Stream stream;
    private readonly long offset;
    private readonly long size;

    private ZipDirectory(Stream stream, long offset, long size, long count)
    {
        this.stream = stream;
        this.offset = offset;
        this.size = size;
        Count = count;
    }

    /// <summary>Entries the end record declares.</summary>
    public long Count { get; }

    /// <summary>Finds the central directory from the end record; throws <see cref="InvalidDataException"/> when there is none.</summary>
    public static ZipDirectory Open(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The ZIP stream must be seekable.", nameof(stream));
        }

        // The end record is the last 22 bytes, followed by a comment of up to 65,535 bytes.
        var tailLength = (int)Math.Min(stream.Length, EndLength + ushort.MaxValue);
        var tail = ReadAt(stream, stream.Length - tailLength, tailLength);
        var end = -1;
        for (var i = tail.Length - EndLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndSignature)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            throw new InvalidDataException("no end of central directory record (not a ZIP, or a truncated one).");
        }

        var record = tail.AsSpan(end);
        long count = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        var endPosition = stream.Length - tailLength + end;
        if ((count == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue) && endPosition >= 20)
        {
            var locator = ReadAt(stream, endPosition - 20, 20);
            if (BinaryPrimitives.ReadUInt32LittleEndian(locator) == Zip64LocatorSignature)
            {
                var zip64 = ReadAt(stream, checked((long)BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8))), 56);
                if (BinaryPrimitives.ReadUInt32LittleEndian(zip64) != Zip64EndSignature)
                {
                    throw new InvalidDataException("the ZIP64 end of central directory record is missing.");
                }

                count = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(32)));
                size = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(40)));
                offset = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(48)));
            }
        }

        if (offset + size > stream.Length)
        {
            throw new InvalidDataException("the central directory lies past the end of the file (a truncated ZIP?).");
        }

        return new ZipDirectory(stream, offset, size, count);
    }

    /// <summary>The entries in directory order, read lazily; reading an entry's data between two steps is fine.</summary>
    public IEnumerable<ZipEntryInfo> Entries()
    {
        var buffer = new byte[64 * 1024];
        var position = offset;
        var start = 0;
        var length = 0;
        for (long index = 0; index < Count; index++)
        {
            // A record is 46 bytes plus name, extra field and comment (each at most 65,535).
            if (length - start < EntryFixedLength)
            {
                (start, length, position) = Refill(buffer, start, length, position, EntryFixedLength);
            }

            var fixedPart = buffer.AsSpan(start, EntryFixedLength);
            if (BinaryPrimitives.ReadUInt32LittleEndian(fixedPart) != EntrySignature)
            {
                throw new InvalidDataException($"central directory record {index + 1} is damaged.");
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[32..]);
            var recordLength = EntryFixedLength + nameLength + extraLength + commentLength;
            if (length - start < recordLength)
            {
                if (buffer.Length < recordLength)
                {
                    Array.Resize(ref buffer, recordLength);
                }

                (start, length, position) = Refill(buffer, start, length, position, recordLength);
            }

            yield return Parse(buffer.AsSpan(start, recordLength), nameLength, extraLength);
            start += recordLength;
        }
    }

    /// <summary>The entry's uncompressed content (stored or deflated), from the data after its local header.</summary>
    public Stream OpenEntry(ZipEntryInfo entry)
    {
        if (entry.IsEncrypted)
        {
            throw new NotSupportedException("the entry is encrypted.");
        }

        var local = ReadAt(stream, entry.LocalHeaderOffset, LocalFixedLength);
        if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalSignature)
        {
            throw new InvalidDataException("the entry's local header is missing (a damaged ZIP?).");
        }

        var dataStart = entry.LocalHeaderOffset + LocalFixedLength
            + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
        var data = new WindowStream(stream, dataStart, entry.CompressedLength);
        return entry.Method switch
        {
            0 => data,
            8 => new DeflateStream(data, CompressionMode.Decompress),
            _ => throw new NotSupportedException($"compression method {entry.Method} is not supported (stored and deflate are)."),
        };
    }

    private (int Start, int Length, long Position) Refill(byte[] buffer, int start, int length, long position, int needed)
    {
        var kept = length - start;
        Buffer.BlockCopy(buffer, start, buffer, 0, kept);
        var wanted = (int)Math.Min(buffer.Length - kept, offset + size - position);
        stream.Position = position;
        var read = stream.ReadAtLeast(buffer.AsSpan(kept, Math.Max(wanted, 0)), Math.Max(wanted, 0), throwOnEndOfStream: false);
        if (kept + read < needed)
        {
            throw new InvalidDataException("the central directory ends in the middle of a record (a truncated ZIP?).");
        }

        return (0, kept + read, position + read);
    }

    private static ZipEntryInfo Parse(ReadOnlySpan<byte> record, int nameLength, int extraLength)
    {
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(record[8..]);
        var method = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        long compressed = BinaryPrimitives.ReadUInt32LittleEndian(record[20..]);
        long uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(record[24..]);
        long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);

        // Names are UTF-8 when flag 11 says so, else IBM 437; real archives use ASCII, the same in both.
        var name = Encoding.UTF8.GetString(record.Slice(EntryFixedLength, nameLength));
        var extra = record.Slice(EntryFixedLength + nameLength, extraLength);
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var dataLength = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]), extra.Length - 4);
            if (id == 0x0001)
            {
                // ZIP64: the 8-byte values of the fields that hold 0xFFFFFFFF, in this order.
                var values = extra.Slice(4, dataLength);
                uncompressed = Next(ref values, uncompressed);
                compressed = Next(ref values, compressed);
                localOffset = Next(ref values, localOffset);
            }

            extra = extra[(4 + dataLength)..];
        }

        return new ZipEntryInfo(name, compressed, uncompressed, method, flags, localOffset);

        static long Next(ref ReadOnlySpan<byte> values, long value)
        {
            if (value != uint.MaxValue || values.Length < 8)
            {
                return value;
            }

            var wide = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(values));
            values = values[8..];
            return wide;
        }
    }

    private static byte[] ReadAt(Stream stream, long position, int count)
    {
        if (position < 0 || position + count > stream.Length)
        {
            throw new InvalidDataException("a ZIP structure points past the end of the file (a truncated or damaged ZIP?).");
        }

        var bytes = new byte[count];
        stream.Position = position;
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>A read-only window on the shared stream: seeks to its own position before each read.</summary>
    private sealed class WindowStream(Stream inner, long start, long length) : ReadOnlyStream
    {
        private long position;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, length - position);
            if (count <= 0)
            {
                return 0;
            }

            inner.Position = start + position;
            var read = inner.Read(buffer[..count]);
            position += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var count = (int)Math.Min(buffer.Length, length - position);
            if (count <= 0)
            {
                return 0;
            }

            inner.Position = start + position;
            var read = await inner.ReadAsync(buffer[..count], cancellationToken);
            position += read;
            return read;
        }
    }
}
