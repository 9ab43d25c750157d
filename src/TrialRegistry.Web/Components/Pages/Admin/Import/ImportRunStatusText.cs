using TrialRegistry.Import.Runs;

namespace TrialRegistry.Web.Components.Pages.Admin.Import;

/// <summary>A run's status in words, for the import page and its history.</summary>
public static class ImportRunStatusText
{
    public static string Of(ImportRunStatus status) => Of(status, runningHere: false);

    /// <param name="runningHere">
    /// Whether this app is running the run now (Web/Import/ImportQueue). A Running row that it is not
    /// running was interrupted (the app or `make import` stopped mid-run: docs/decisions/0017-import-runs.md)
    /// or runs in another process, such as `make import`: the page cannot tell which.
    /// </param>
    public static string Of(ImportRunStatus status, bool runningHere) => status switch
    {
        ImportRunStatus.Succeeded => "committed",
        ImportRunStatus.DryRunFinished => "finished, nothing written",
        ImportRunStatus.Failed => "failed, nothing written (a lenient run keeps the batches committed before)",
        ImportRunStatus.Running => runningHere ? "running" : "running (or interrupted)",
        _ => status.ToString().ToLowerInvariant(),
    };
}
