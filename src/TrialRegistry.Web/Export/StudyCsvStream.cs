using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TrialRegistry.CtGovApi.Search;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Export;

/// <summary>
/// Writes trials as ClinicalTrials.gov current-CSV rows to a response body, batch by batch. Every
/// write goes through CsvHelper's buffer and reaches the body asynchronously (NextRecordAsync /
/// FlushAsync), because Kestrel refuses synchronous I/O.
/// </summary>
public sealed class StudyCsvStream : IAsyncDisposable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    private readonly StreamWriter text;
    private readonly CsvWriter csv;
    private readonly IReadOnlyList<string> columns;

    public StudyCsvStream(Stream body, IReadOnlyList<string> columns)
    {
        text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        csv = new CsvWriter(text, Configuration);
        this.columns = columns;
    }

    public const string ContentType = "text/csv; charset=utf-8";

    public async Task WriteHeaderAsync()
    {
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
    }

    /// <summary>Writes the rows and flushes them to the body, so a long export streams.</summary>
    public async Task WriteAsync(IEnumerable<Trial> trials, CancellationToken cancellationToken)
    {
        foreach (var trial in trials)
        {
            foreach (var value in CtGovCsvRow.Values(trial, columns))
            {
                csv.WriteField(value);
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        await text.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await csv.DisposeAsync();
        await text.DisposeAsync();
    }
}
