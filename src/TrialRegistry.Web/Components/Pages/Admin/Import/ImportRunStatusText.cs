using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Components.Pages.Admin.Import;

/// <summary>A run's status in words, for the import page and its history.</summary>
public static class ImportRunStatusText
{
    public static string Of(ImportRunStatus status) => status switch
    {
        ImportRunStatus.Succeeded => "committed",
        ImportRunStatus.DryRunFinished => "finished, nothing written",
        ImportRunStatus.Failed => "failed, nothing written (a lenient run keeps the batches committed before)",
        // A Running row with no live process was interrupted (docs/decisions/0017-import-runs.md); the page cannot tell which.
        ImportRunStatus.Running => "running (or interrupted)",
        _ => status.ToString().ToLowerInvariant(),
    };
}
