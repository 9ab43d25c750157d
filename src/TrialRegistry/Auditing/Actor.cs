namespace TrialRegistry.Auditing;

/// <summary>Who is writing, as the domain needs it: for history, the audit log and rights checks.</summary>
/// <param name="UserId">Identity user id; null for the command line and the importer.</param>
/// <param name="UserName">The user name (e-mail) or the tool's name ("import", "demo-data").</param>
/// <param name="IsAdmin">Admins may edit every record.</param>
/// <param name="ClientAddress">The request's client IP, when there is a request.</param>
public sealed record Actor(string? UserId, string UserName, bool IsAdmin, string? ClientAddress = null)
{
    public static Actor System(string name) => new(null, name, IsAdmin: true);
}
