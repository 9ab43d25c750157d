using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages;

public sealed record RegistryCounts(int Trials, int Organizations, int Products, int Conditions);

public static class CountRegistryRecords
{
    // Sequential on purpose: a DbContext runs one command at a time.
    public static Task<RegistryCounts> QueryAsync(RegistryDbContext db, CancellationToken cancellationToken)
        => QueryAsync(db, trials: null, cancellationToken);

    /// <param name="trials">The number of trials when already known (the facet index's total): no count(*) over the trials then.</param>
    public static async Task<RegistryCounts> QueryAsync(RegistryDbContext db, int? trials, CancellationToken cancellationToken)
        => new(
            trials ?? await db.Trials.CountAsync(cancellationToken),
            await db.Organizations.CountAsync(cancellationToken),
            await db.Products.CountAsync(cancellationToken),
            await db.Conditions.CountAsync(cancellationToken));
}
