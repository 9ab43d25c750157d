using Microsoft.EntityFrameworkCore;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;

namespace TrialRegistry.Web.Components.Pages.Account;

/// <summary>Writes the sign-in events to the audit log, with the client's address.</summary>
public sealed class SignInAudit(IDbContextFactory<RegistryDbContext> dbFactory, IHttpContextAccessor httpContextAccessor)
{
    public const string EntityType = "User";

    /// <summary>
    /// <paramref name="user"/> is null for an e-mail that matches no account; the entry then names
    /// what was typed (shortened), so repeated guessing shows up in the log.
    /// </summary>
    public async Task RecordAsync(RegistryUser? user, string typedEmail, AuditAction action, string? summary = null)
    {
        var userName = user?.UserName ?? Shorten(typedEmail, 256);
        var address = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var actor = new Actor(user?.Id, userName, IsAdmin: false, address);
        await using var db = await dbFactory.CreateDbContextAsync();
        AuditTrail.Record(db, actor, EntityType, user?.Id ?? Shorten(typedEmail, 64), action, AuditSource.Account, summary);
        await db.SaveChangesAsync();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}
