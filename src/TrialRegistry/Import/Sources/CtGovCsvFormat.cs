using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TrialRegistry.Import.CtGov;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// ClinicalTrials.gov CSV downloads, both the classic 27-column one ("Title", "Status", "Sponsor/
/// Collaborators", display labels) and the current one ("Study Title", "Study Status", "Sponsor",
/// v2 enum names), told apart by the header row. Rows are parsed one at a time with CsvHelper; a
/// malformed row becomes an <see cref="UnreadableRecord"/> with its line and the next rows go on.
/// </summary>
public sealed class CtGovCsvFormat : IImportFormat
{
    public const string FormatName = "ctgov-csv";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Name => FormatName;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        // By content: a first line naming the "NCT Number" column is a CT.gov download whatever the
        // file is called (ImportFormats.Detect asks without the name first).
        var text = Encoding.UTF8.GetString(head);
        var firstLine = text.Split('\n', 2)[0];
        return firstLine.Contains(CurrentCsvColumns.NctNumber, StringComparison.OrdinalIgnoreCase);
    }

    public async IAsyncEnumerable<ImportItem> ReadAsync(
        Stream stream, string fileName, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // An unescaped or unclosed quote: the row is reported, not thrown, and parsing goes on.
            BadDataFound = _ => badData = true,
        };
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);

        var (header, headerError) = await ReadHeaderAsync(parser);
        if (headerError is not null || header is null)
        {
            yield return new UnreadableRecord(fileName, "line 1", null, headerError ?? "The file is empty: it has no header row.");
            yield break;
        }

        var variant = CsvVariant.Detect(header);
        if (variant.Missing.Count > 0)
        {
            yield return new UnreadableRecord(fileName, "line 1", null,
                $"not a ClinicalTrials.gov CSV download (missing columns {string.Join(", ", variant.Missing)})");
            yield break;
        }

        var classic = new ClassicCsvMapper(context.Resolver);
        var current = new CurrentCsvMapper(context.Resolver);
        var nextLine = parser.RawRow + 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badData = false;
            var line = nextLine;
            var (read, readError) = await ReadRecordAsync(parser, $"line {line}");
            nextLine = parser.RawRow + 1;
            var location = $"line {line}";
            if (readError is not null)
            {
                yield return new UnreadableRecord(fileName, location, null, readError);
                yield break;
            }

            if (!read)
            {
                yield break;
            }

            var record = parser.Record ?? [];
            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0]))
            {
                continue;
            }

            var registryId = record.Length > variant.NctColumn ? NullIfBlank(record[variant.NctColumn]) : null;
            if (badData || record.Length != header.Length)
            {
                yield return new UnreadableRecord(fileName, location, registryId,
                    $"{location}: malformed CSV row: {record.Length} fields where the header has {header.Length}"
                    + (badData ? " and a quote that is not closed or not doubled inside a quoted field" : string.Empty));
                continue;
            }

            var row = new ClassicCsvRow(line, header.Select((name, i) => new KeyValuePair<string, string>(name, record[i])).ToList(), parser.RawRecord.TrimEnd('\r', '\n'));
            yield return Map(row, variant.IsCurrent ? current.Map : classic.Map, fileName, location, registryId, context.ImportedAt);
        }
    }

    private ImportItem Map(ClassicCsvRow row, Func<ClassicCsvRow, DateTimeOffset, MappedTrial> map, string fileName, string location, string? registryId, DateTimeOffset importedAt)
    {
        try
        {
            var mapped = map(row, importedAt);
            mapped.Trial.Source = Name;
            return new ReadStudy(fileName, location, mapped);
        }
        catch (RecordMappingException e)
        {
            return new UnreadableRecord(fileName, location, registryId, e.Message);
        }
    }

    private static async Task<(string[]? Header, string? Error)> ReadHeaderAsync(CsvParser parser)
    {
        var (read, error) = await ReadRecordAsync(parser, "line 1");
        if (error is not null)
        {
            return (null, error);
        }

        return read && parser.Record is { } header && header.Any(h => !string.IsNullOrWhiteSpace(h))
            ? (header.Select(h => h.Trim()).ToArray(), null)
            : (null, null);
    }

    private static async Task<(bool Read, string? Error)> ReadRecordAsync(CsvParser parser, string location)
    {
        try
        {
            return (await parser.ReadAsync(), null);
        }
        catch (DecoderFallbackException)
        {
            // The parser decodes 4 KB at a time, so the bad bytes may lie a few lines further on: no line is claimed.
            return (false, "The file is not UTF-8 text: save it as UTF-8 and import it again.");
        }
        catch (CsvHelperException e)
        {
            return (false, $"{location}: malformed CSV: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Which download the header is from and, when it is neither, the columns it lacks.</summary>
    private sealed record CsvVariant(bool IsCurrent, int NctColumn, IReadOnlyList<string> Missing)
    {
        public static CsvVariant Detect(string[] header)
        {
            var nctColumn = Array.FindIndex(header, h => h.Equals(CurrentCsvColumns.NctNumber, StringComparison.OrdinalIgnoreCase));
            var currentMissing = MissingOf(header, CurrentCsvColumns.Required);
            var classicMissing = MissingOf(header, ClassicCsvColumns.Required);
            return currentMissing.Count <= classicMissing.Count
                ? new CsvVariant(true, nctColumn, currentMissing)
                : new CsvVariant(false, nctColumn, classicMissing);
        }

        private static List<string> MissingOf(string[] header, IReadOnlyList<string> required)
            => required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
