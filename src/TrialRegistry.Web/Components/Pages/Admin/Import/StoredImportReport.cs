using System.Text.Json;
using System.Text.Json.Serialization;
using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Components.Pages.Admin.Import;

/// <summary>The lines of a run's stored JSON report (<see cref="ImportReport.ToJson"/>), for its history page.</summary>
public sealed record StoredImportReport(IReadOnlyList<ImportReportLine> Lines, int LinesLeftOut)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static StoredImportReport Read(JsonDocument? report)
    {
        if (report is null)
        {
            return new StoredImportReport([], 0);
        }

        var stored = report.Deserialize<Shape>(JsonOptions);
        return new StoredImportReport(stored?.Lines ?? [], stored?.LinesLeftOut ?? 0);
    }

    private sealed record Shape(List<ImportReportLine>? Lines, int LinesLeftOut);
}
