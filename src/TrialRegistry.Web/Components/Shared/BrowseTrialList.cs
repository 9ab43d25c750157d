using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>One line of an organization's or condition's trial list.</summary>
public sealed record BrowseTrialRow(
    string RegistryId,
    string BriefTitle,
    OverallStatus OverallStatus,
    OverallStatus? LastKnownStatus,
    List<Phase> Phases,
    int LeadSponsorId,
    string LeadSponsor,
    RegistryDate? StartDate,
    RegistryDate? LastUpdatePostDate,
    int? EnrollmentCount);

/// <summary>The columns a browse trial list sorts on (the values of MudTableSortLabel.SortLabel).</summary>
public static class BrowseTrialSort
{
    public const string RegistryId = "id";
    public const string Title = "title";
    public const string Start = "start";
    public const string LastUpdate = "updated";
    public const string Enrollment = "enrollment";
}

/// <summary>
/// A sorted page of the trials in a <see cref="BrowseTrialScope"/>: one COUNT and one query for the
/// page's rows. Offset paging: an organization's or condition's list is short next to the whole
/// registry (the search page pages all trials with keysets).
/// </summary>
public static class ListBrowseTrials
{
    public static async Task<(IReadOnlyList<BrowseTrialRow> Rows, int Total)> QueryAsync(
        RegistryDbContext db,
        BrowseTrialScope scope,
        string? sort,
        bool descending,
        int page,
        int pageSize,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);

        var trials = scope.Trials(db);
        var total = await trials.CountAsync(cancellationToken);
        var rows = await Order(trials, sort, descending)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(t => new BrowseTrialRow(
                t.RegistryId,
                t.BriefTitle,
                t.OverallStatus,
                t.LastKnownStatus,
                t.Phases,
                t.LeadSponsorId,
                t.LeadSponsor.Name,
                t.StartDate,
                t.LastUpdatePostDate,
                t.EnrollmentCount))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    // Trials without the sorted value go last in both directions; the registry id breaks ties so
    // pages never overlap.
    private static IOrderedQueryable<Trial> Order(IQueryable<Trial> trials, string? sort, bool descending) => sort switch
    {
        BrowseTrialSort.RegistryId => descending ? trials.OrderByDescending(t => t.RegistryId) : trials.OrderBy(t => t.RegistryId),
        BrowseTrialSort.Title => (descending ? trials.OrderByDescending(t => t.BriefTitle) : trials.OrderBy(t => t.BriefTitle))
            .ThenBy(t => t.RegistryId),
        BrowseTrialSort.LastUpdate => ThenBy(trials.OrderBy(t => t.LastUpdatePostDate == null), t => t.LastUpdatePostDate!.Date, descending),
        BrowseTrialSort.Enrollment => ThenBy(trials.OrderBy(t => t.EnrollmentCount == null), t => t.EnrollmentCount, descending),
        _ => ThenBy(trials.OrderBy(t => t.StartDate == null), t => t.StartDate!.Date, descending),
    };

    private static IOrderedQueryable<Trial> ThenBy<TKey>(
        IOrderedQueryable<Trial> ordered, System.Linq.Expressions.Expression<Func<Trial, TKey>> key, bool descending)
        => (descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key)).ThenBy(t => t.RegistryId);
}
