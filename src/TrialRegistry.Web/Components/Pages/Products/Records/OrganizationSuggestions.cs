using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages.Products.Records;

/// <summary>Organization names for the editors' suggestion lists: names or aliases containing what was typed.</summary>
public static class OrganizationSuggestions
{
    public static async Task<IEnumerable<string>> SearchAsync(IDbContextFactory<RegistryDbContext> dbFactory, string? text, CancellationToken cancellationToken)
    {
        var key = NameNormalizer.Normalize(text ?? string.Empty);
        if (key.Length < 2)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking()
            .Where(o => o.NormalizedName.Contains(key) || o.Aliases.Any(a => a.NormalizedName.Contains(key)))
            .OrderBy(o => !o.NormalizedName.StartsWith(key))
            .ThenBy(o => o.Name)
            .Select(o => o.Name)
            .Take(10)
            .ToListAsync(cancellationToken);
    }
}
