namespace TrialRegistry.Import.Sources;

/// <summary>
/// The formats the importer reads and the choice among them for a file. <see cref="Detect"/> judges
/// by content first (a BOM, "{", "&lt;clinical_study", a CSV header, the ZIP signature) and by the
/// file's extension only when the content says nothing; a file no format claims gets null, which the
/// caller reports as "not a format the importer reads".
/// </summary>
public static class ImportFormats
{
    /// <summary>The formats of single files, which also read the entries of a ZIP.</summary>
    public static IReadOnlyList<IImportFormat> FileFormats { get; } =
    [
        new CtGovJsonFormat(),
        new LegacyXmlFormat(),
        new IctrpXmlFormat(),
        new CtGovCsvFormat(),
    ];

    /// <summary>Every format, archives last.</summary>
    public static IReadOnlyList<IImportFormat> All { get; } = [.. FileFormats, new ZipFormat(FileFormats)];

    /// <summary>The format that reads the file, or null when none does.</summary>
    /// <param name="head">The file's first bytes (up to 4 KB).</param>
    public static IImportFormat? Detect(string fileName, ReadOnlySpan<byte> head) => Detect(All, fileName, head);

    /// <summary>
    /// Content first: each format is asked without the file name (so only the bytes count), then
    /// with it (so an extension decides what the bytes leave open).
    /// </summary>
    public static IImportFormat? Detect(IReadOnlyList<IImportFormat> formats, string fileName, ReadOnlySpan<byte> head)
    {
        foreach (var format in formats)
        {
            if (format.CanRead(string.Empty, head))
            {
                return format;
            }
        }

        foreach (var format in formats)
        {
            if (format.CanRead(fileName, head))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>The bytes after a UTF-8 BOM and leading whitespace.</summary>
    public static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        return head.TrimStart(" \t\r\n"u8);
    }

    public static bool HasExtension(string fileName, params string[] extensions)
        => extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A UTF-16 BOM, or ASCII text with a zero byte beside every character (UTF-16 without a BOM).</summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> head)
        => head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]
            || (head.Length >= 4 && ((head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) || (head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0)));
}
