using System.Text;
using System.Text.Json;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// Cuts a UTF-8 JSON stream into its values one at a time with <see cref="Utf8JsonReader"/> over a
/// buffer that holds only the value being read (so a file of any size reads in the memory of its
/// largest study). It knows where it is (line and byte in the line) so errors can name the place.
/// The caller walks the structure (array, page object, values one after another) with the small
/// steps below.
/// </summary>
internal sealed class JsonValueSplitter(Stream stream, int maxValueBytes)
{
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool endOfStream;

    /// <summary>The 1-based line of the next unread byte.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>The 1-based byte in <see cref="Line"/> of the next unread byte.</summary>
    public long Column { get; private set; } = 1;

    public ReadOnlySpan<byte> Pending => buffer.AsSpan(start, end - start);

    /// <summary>Skips whitespace (and a UTF-8 BOM at the very start); the next byte, or null at the end of the stream.</summary>
    public async ValueTask<byte?> PeekAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Line == 1 && Column == 1 && end - start >= 3 && Pending[..3].SequenceEqual("\uFEFF"u8))
            {
                start += 3;
            }

            var skipped = 0;
            var pending = Pending;
            while (skipped < pending.Length && pending[skipped] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                skipped++;
            }

            Advance(skipped);
            if (start < end)
            {
                return buffer[start];
            }

            if (endOfStream || !await FillAsync(cancellationToken))
            {
                return null;
            }
        }
    }

    /// <summary>Steps over one structural byte ("[", ",", ":", ...) that <see cref="PeekAsync"/> returned.</summary>
    public void Skip() => Advance(1);

    /// <summary>
    /// The next complete JSON value as a parsed document (null for a string, whose text is in
    /// <paramref name="text"/>), after which the splitter stands behind it.
    /// </summary>
    /// <exception cref="JsonException">Malformed JSON, or a value larger than the limit; the message names the line and byte.</exception>
    public async ValueTask<(JsonDocument? Document, string? Text, bool ValidUtf8)> ReadValueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (length, complete) = Scan(buffer.AsSpan(start, end - start), endOfStream, Line, Column);
            if (complete)
            {
                var value = buffer.AsSpan(start, length);
                var valid = System.Text.Unicode.Utf8.IsValid(value);
                var result = valid ? Parse(value) : (null, null);
                Advance(length);
                return (result.Document, result.Text, valid);
            }

            if (endOfStream || !await FillAsync(cancellationToken))
            {
                throw Error(Line, Column, "the file ends inside a value (truncated?)");
            }
        }
    }

    /// <summary>Parses the whole value (the reader copies it, so the buffer can be reused).</summary>
    private static (JsonDocument? Document, string? Text) Parse(ReadOnlySpan<byte> value)
    {
        var reader = new Utf8JsonReader(value, isFinalBlock: true, default);
        reader.Read();
        return reader.TokenType == JsonTokenType.String ? (null, reader.GetString()) : (JsonDocument.ParseValue(ref reader), null);
    }

    /// <summary>The length of the value at the start of <paramref name="data"/>, or not complete when more bytes are needed.</summary>
    private static (int Length, bool Complete) Scan(ReadOnlySpan<byte> data, bool isFinal, long line, long column)
    {
        var reader = new Utf8JsonReader(data, isFinal, default);
        try
        {
            if (!reader.Read())
            {
                return (0, false);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return (0, false);
            }

            if (!isFinal && reader.BytesConsumed == data.Length && reader.TokenType == JsonTokenType.Number)
            {
                // A number at the end of the buffer may go on in the next read.
                return (0, false);
            }

            return ((int)reader.BytesConsumed, true);
        }
        catch (JsonException e)
        {
            var relativeLine = e.LineNumber ?? 0;
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = (cut > 0 ? reason[..cut] : reason).TrimEnd('.');
            if (isFinal && reason.Contains("end of data", StringComparison.Ordinal))
            {
                reason = "the file ends inside a value (truncated?)";
            }

            throw Error(line + relativeLine, (e.BytePositionInLine ?? 0) + (relativeLine == 0 ? column : 1), reason);
        }
    }

    /// <summary>A malformed-JSON error at a place counted from the file's start: "line 12, byte 5: reason".</summary>
    public static JsonException Error(long line, long column, string reason)
        => new($"line {line}, byte {column}: {reason}", path: null, lineNumber: line, bytePositionInLine: column);

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= maxValueBytes)
            {
                throw Error(Line, Column, $"a record larger than {maxValueBytes / (1024 * 1024)} MB");
            }

            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxValueBytes));
        }

        var read = 0;
        while (end < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
            if (n == 0)
            {
                endOfStream = true;
                break;
            }

            end += n;
            read += n;
        }

        return read > 0;
    }

    private void Advance(int count)
    {
        var span = buffer.AsSpan(start, count);
        var lastNewline = span.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            Line += span.Count((byte)'\n');
            Column = count - lastNewline;
        }
        else
        {
            Column += count;
        }

        start += count;
    }

    /// <summary>A short, printable description of the byte (for "starts with ..." messages).</summary>
    public static string Show(byte value)
        => value is >= 0x20 and < 0x7f ? $"'{Encoding.ASCII.GetString([value])}'" : $"byte 0x{value:X2}";
}
