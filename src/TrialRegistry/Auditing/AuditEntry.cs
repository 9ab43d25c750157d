namespace TrialRegistry.Auditing;

public enum AuditAction
{
    Create,
    Update,
    Delete,
    SignIn,
    SignInFailed,
    SignOut,
    LockedOut,
}

/// <summary>Where a write came from.</summary>
public enum AuditSource
{
    Editor,
    Api,
    Import,
    Admin,
    Account,
    DemoData,
}

/// <summary>
/// One write to the registry: who, when, what, from where. Written in the same transaction as the
/// change it records, so a change without its entry (or the reverse) cannot exist.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Identity user id; null for the command line and anonymous sign-in attempts.</summary>
    public string? UserId { get; set; }

    /// <summary>User name (e-mail) at the time, or the importer's name; kept if the user is deleted.</summary>
    public required string UserName { get; set; }

    /// <summary>"Trial", "ClinicalResult", "Patent", "User", ...</summary>
    public required string EntityType { get; set; }

    /// <summary>The entity's public key: the registry id for trials, the numeric id otherwise.</summary>
    public required string EntityId { get; set; }

    public AuditAction Action { get; set; }

    public AuditSource Source { get; set; }

    /// <summary>Client IP address of the request, when there was one.</summary>
    public string? ClientAddress { get; set; }

    /// <summary>A short human summary ("Edited enrollment, start date"; "Reset password").</summary>
    public string? Summary { get; set; }
}
