using System.Runtime.CompilerServices;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// A ZIP of study files (CT.gov's bulk download: one JSON per study; or legacy XML files): each
/// entry goes to the format that reads it, as "archive.zip/entry.json", entry by entry. Unsafe
/// entries are refused (<see cref="ZipEntrySafety"/>), nested ZIPs and files that hold no study
/// (README, LICENSE) are skipped with a note. Nothing is extracted to disk. The central directory is
/// walked a record at a time (<see cref="ZipDirectory"/>), so memory does not grow with the entries.
/// </summary>
public sealed class ZipFormat(IReadOnlyList<IImportFormat> entryFormats, ZipLimits? limits = null) : IImportFormat
{
    private const int HeadBytes = 4096;

    public ZipLimits Limits { get; } = limits ?? new ZipLimits();

    public string Name => "zip";

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
        => head is [(byte)'P', (byte)'K', 3, 4, ..] or [(byte)'P', (byte)'K', 5, 6, ..]
            || (head.IsEmpty && ImportFormats.HasExtension(fileName, ".zip"));

    public async IAsyncEnumerable<ImportItem> ReadAsync(
        Stream stream, string fileName, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The central directory is at the end: an upload stream is spooled to a temp file, not to memory.
        await using var spool = stream.CanSeek ? null : await SpoolAsync(stream, cancellationToken);
        var (directory, problem) = Open(spool ?? stream, fileName);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }

        using var entries = directory!.Entries().GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (entry, damaged) = Next(entries, fileName);
            if (damaged is not null)
            {
                yield return damaged;
            }

            if (entry is null)
            {
                yield break;
            }

            if (!entry.IsFolder)
            {
                await foreach (var item in ReadEntryAsync(directory, entry, $"{fileName}/{entry.FullName}", context, cancellationToken))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The next entry; null at the end, or with the problem when the directory is damaged there.</summary>
    private static (ZipEntryInfo? Entry, UnreadableRecord? Damaged) Next(IEnumerator<ZipEntryInfo> entries, string fileName)
    {
        try
        {
            return (entries.MoveNext() ? entries.Current : null, null);
        }
        catch (InvalidDataException e)
        {
            return (null, new UnreadableRecord(fileName, "the archive", null, $"The ZIP's directory could not be read further: {e.Message}"));
        }
    }

    private async IAsyncEnumerable<ImportItem> ReadEntryAsync(
        ZipDirectory directory, ZipEntryInfo entry, string file, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var location = $"entry {entry.FullName}";
        if (ZipEntrySafety.Refusal(entry, Limits) is { } refusal)
        {
            yield return new UnreadableRecord(file, location, null, refusal);
            yield break;
        }

        if (ImportFormats.HasExtension(entry.Name, ".zip"))
        {
            yield return new SkippedEntry(file, location, "A ZIP inside the ZIP is not opened; import it on its own.");
            yield break;
        }

        var (head, readProblem) = await ReadHeadAsync(directory, entry, file, location, cancellationToken);
        if (readProblem is not null)
        {
            yield return readProblem;
            yield break;
        }

        var format = ImportFormats.Detect(entryFormats, entry.Name, head);
        if (format is null)
        {
            yield return new SkippedEntry(file, location, "Not a study file the importer reads (such as a README or LICENSE); skipped.");
            yield break;
        }

        await using var content = ZipEntrySafety.Open(directory, entry);
        await foreach (var item in format.ReadAsync(content, file, context, cancellationToken))
        {
            yield return item;
        }
    }

    private static async Task<(byte[] Head, UnreadableRecord? Problem)> ReadHeadAsync(
        ZipDirectory directory, ZipEntryInfo entry, string file, string location, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = ZipEntrySafety.Open(directory, entry);
            var head = new byte[HeadBytes];
            var length = await content.ReadAtLeastAsync(head, HeadBytes, throwOnEndOfStream: false, cancellationToken);
            return (head[..length], null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return ([], new UnreadableRecord(file, location, null, $"The entry could not be read: {e.Message}"));
        }
    }

    private static (ZipDirectory? Directory, UnreadableRecord? Problem) Open(Stream stream, string fileName)
    {
        try
        {
            return (ZipDirectory.Open(stream), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, new UnreadableRecord(fileName, "the archive", null, $"This is not a readable ZIP archive: {e.Message}"));
        }
    }

    private static async Task<FileStream> SpoolAsync(Stream stream, CancellationToken cancellationToken)
    {
        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await stream.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        return spool;
    }
}
