using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages.Admin;

/// <summary>The audit log filters; every one optional. Dates are UTC days, both ends included.</summary>
public sealed record AuditQuery(
    string? User = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    AuditSource? Source = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 0,
    int PageSize = 50)
{
    public const int MaxPageSize = 200;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>
/// The audit log newest first, filtered and paged in the database (the log grows with every write;
/// only one page is ever read). The filters map onto the (at), (entity_type, entity_id) and
/// (user_name) indexes.
/// </summary>
public static class BrowseAuditLog
{
    public static async Task<AuditPage> RunAsync(RegistryDbContext db, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            entries = entries.Where(e => e.UserName == user || e.UserId == user || EF.Functions.ILike(e.UserName, Escape(user) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId.Trim());
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.Source is { } source)
        {
            entries = entries.Where(e => e.Source == source);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }

        var size = Math.Clamp(query.PageSize, 1, AuditQuery.MaxPageSize);
        var page = Math.Max(query.Page, 0);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(page * size).Take(size).ToListAsync(cancellationToken);
        return new AuditPage(rows, total);
    }

    /// <summary>The entity types present in the log, for the filter's choices.</summary>
    public static Task<List<string>> EntityTypesAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
        => db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
