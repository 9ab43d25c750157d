using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Pages.Trials;

/// <summary>One line of a trial list: only what the list shows.</summary>
public sealed record TrialRow(
    string RegistryId,
    string BriefTitle,
    OverallStatus OverallStatus,
    OverallStatus? LastKnownStatus,
    IReadOnlyList<Phase> Phases,
    int LeadSponsorId,
    string LeadSponsor,
    RegistryDate? StartDate);

/// <summary>Narrows a trial list to one sponsor's or one product's trials; both null lists every trial.</summary>
public sealed record TrialFilter(int? LeadSponsorId = null, int? ProductId = null)
{
    public static TrialFilter All { get; } = new();
}

/// <summary>
/// A page of trials in registry-id order. Offset paging (Skip/Take) is enough for a first list; the
/// search issue replaces it with keyset paging, which stays fast on deep pages of 500,000 trials.
/// </summary>
public static class ListTrials
{
    public static Task<(IReadOnlyList<TrialRow> Rows, int Total)> QueryAsync(
        RegistryDbContext db, int page, int pageSize, CancellationToken cancellationToken)
        => QueryAsync(db, TrialFilter.All, page, pageSize, cancellationToken);

    public static async Task<(IReadOnlyList<TrialRow> Rows, int Total)> QueryAsync(
        RegistryDbContext db, TrialFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);

        var trials = db.Trials.AsNoTracking();
        if (filter.LeadSponsorId is { } sponsorId)
        {
            trials = trials.Where(t => t.LeadSponsorId == sponsorId);
        }

        if (filter.ProductId is { } productId)
        {
            trials = trials.Where(t => t.Interventions.Any(i => i.ProductId == productId));
        }

        var total = await trials.CountAsync(cancellationToken);
        var rows = await trials
            .OrderBy(t => t.RegistryId)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(t => new TrialRow(
                t.RegistryId,
                t.BriefTitle,
                t.OverallStatus,
                t.LastKnownStatus,
                t.Phases,
                t.LeadSponsorId,
                t.LeadSponsor.Name,
                t.StartDate))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
