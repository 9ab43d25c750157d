using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages;

public sealed record RegistryCounts(int Trials, int Organizations, int Products, int Conditions);

public static class CountRegistryRecords
{
    // Sequential on purpose: a DbContext runs one command at a time.
    public static async Task<RegistryCounts> QueryAsync(RegistryDbContext db, CancellationToken cancellationToken)
        => new(
            await db.Trials.CountAsync(cancellationToken),
            await db.Organizations.CountAsync(cancellationToken),
            await db.Products.CountAsync(cancellationToken),
            await db.Conditions.CountAsync(cancellationToken));
}
