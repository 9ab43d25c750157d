using System.Runtime.CompilerServices;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Web.Import;

/// <summary>A file on disk to import, with the format detected for it and the name shown in reports.</summary>
/// <param name="Path">Where the bytes are (an upload's temporary file, or the command line's path).</param>
/// <param name="Name">The name the user knows the file by (an upload's original name).</param>
public sealed record ImportFile(string Path, string Name, IImportFormat Format);

/// <summary>
/// What the import command and the admin import page share: the format of a file from its first
/// bytes, and the read delegate of <see cref="TrialRegistry.Import.Runs.RunImport"/> over files on
/// disk (streamed, one file after the other; never loaded whole).
/// </summary>
public static class ImportFiles
{
    /// <summary>Bytes a format sees to recognize a file.</summary>
    public const int HeadLength = 4096;

    public const string UnknownFormat = "not a format the importer reads (ClinicalTrials.gov JSON, XML or CSV, WHO ICTRP XML, or a ZIP of them).";

    /// <summary>The format of the file at <paramref name="path"/>, or why there is none.</summary>
    /// <param name="name">The name detection sees (an upload's original name; the path's file name when null).</param>
    public static async Task<(IImportFormat? Format, string? Problem)> DetectAsync(string path, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return (null, "no such file.");
        }

        var head = new byte[HeadLength];
        int length;
        try
        {
            await using var stream = File.OpenRead(path);
            length = await stream.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {exception.Message}");
        }

        if (length == 0)
        {
            return (null, "the file is empty.");
        }

        var format = ImportFormats.Detect(name ?? Path.GetFileName(path), head.AsSpan(0, length));
        return format is null ? (null, UnknownFormat) : (format, null);
    }

    /// <summary>The records of every file in order, each read by its format; reports name each file by its <see cref="ImportFile.Name"/>.</summary>
    public static IAsyncEnumerable<ImportItem> ReadAsync(IReadOnlyList<ImportFile> files, ImportContext context, CancellationToken cancellationToken)
        => ReadAsync(files, context, progress: null, cancellationToken);

    /// <summary>The same, telling <paramref name="progress"/> each record read and where the reader is in its file.</summary>
    public static async IAsyncEnumerable<ImportItem> ReadAsync(
        IReadOnlyList<ImportFile> files, ImportContext context, ImportProgress? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        for (var index = 0; index < files.Count; index++)
        {
            var file = files[index];
            await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await foreach (var item in file.Format.ReadAsync(stream, file.Name, context, cancellationToken))
            {
                progress?.RecordRead(index, stream.Position);
                yield return item;
            }

            progress?.FileRead(index);
        }
    }
}
