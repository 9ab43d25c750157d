using TrialRegistry.Data;
using TrialRegistry.Trials.History;

namespace TrialRegistry.Web.Components.Pages.Trials.History;

/// <summary>Everything the history page shows: the versions, the two compared and their differences.</summary>
public sealed record TrialHistoryPageModel(
    TrialHistoryView History,
    VersionChoice Choice,
    IReadOnlyList<FieldChange>? Changes);

/// <summary>Loads the history page for a URL: the version list, the choice of versions, and their diff.</summary>
public static class LoadTrialHistoryPage
{
    /// <summary>Null when no trial has <paramref name="registryId"/>.</summary>
    public static async Task<TrialHistoryPageModel?> LoadAsync(
        RegistryDbContext db, string registryId, string? from, string? to, CancellationToken cancellationToken)
    {
        var history = await TrialHistory.LoadAsync(db, registryId, cancellationToken);
        if (history is null)
        {
            return null;
        }

        var choice = HistoryUrl.Choose(from, to, history.Versions);
        IReadOnlyList<FieldChange>? changes = null;
        if (choice is { From: { } fromNumber, To: { } toNumber })
        {
            var pair = await TrialHistory.LoadVersionPairAsync(db, registryId, fromNumber, toNumber, cancellationToken);
            changes = pair?.Changes();
        }

        return new TrialHistoryPageModel(history, choice, changes);
    }
}
