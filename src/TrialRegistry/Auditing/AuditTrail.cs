using TrialRegistry.Data;

namespace TrialRegistry.Auditing;

/// <summary>Adds audit entries to the context, so they commit (or roll back) with the change itself.</summary>
public static class AuditTrail
{
    public static AuditEntry Record(
        RegistryDbContext db, Actor actor, string entityType, string entityId, AuditAction action, AuditSource source, string? summary = null)
    {
        var entry = new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Source = source,
            ClientAddress = actor.ClientAddress,
            Summary = summary is { Length: > 2000 } ? summary[..1997] + "..." : summary,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
