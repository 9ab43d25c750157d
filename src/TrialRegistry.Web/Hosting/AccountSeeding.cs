using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Web.Components.Pages.Admin;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// Accounts that exist without an admin creating them: the first admin (configuration or the
/// create-admin command) and, in the demo database only, the three demo accounts of the README.
/// </summary>
public static partial class AccountSeeding
{
    /// <summary>The demo accounts' password, named in the README; they exist only where DemoData:Accounts is on (`make run`).</summary>
    public const string DemoPassword = "Demo-Password-1";

    public static IReadOnlyList<(string Email, string Name, string Role, string? Organization)> DemoAccounts { get; } =
    [
        ("admin@demo.trialregistry.local", "Demo Admin", RegistryRoles.Admin, null),
        ("investigator@aphp.demo.trialregistry.local", "Demo Investigator (APHP)", RegistryRoles.Investigator, "Assistance Publique - Hôpitaux de Paris"),
        ("investigator@ucl.demo.trialregistry.local", "Demo Investigator (UCL)", RegistryRoles.Investigator, "University College London"),
    ];

    /// <summary>Admin:Email/Admin:Password: creates (or promotes) that account when the registry has no admin yet.</summary>
    public static async Task EnsureFirstAdminAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<FirstAdminOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.Email))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountSeeding));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        await UserAdministration.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if ((await users.GetUsersInRoleAsync(RegistryRoles.Admin)).Count > 0)
        {
            LogAdminExists(logger, options.Email);
            return;
        }

        if (await users.FindByEmailAsync(options.Email.Trim()) is null && string.IsNullOrEmpty(options.Password))
        {
            throw new InvalidOperationException(
                "Admin:Email is set but Admin:Password is not: set both (Admin__Email, Admin__Password) to create the first admin, or use `make admin`.");
        }

        var outcome = await CreateAdminAsync(scope.ServiceProvider, options.Email, options.Password, options.DisplayName, "configuration", cancellationToken);
        LogFirstAdmin(logger, options.Email, outcome);
    }

    /// <summary>
    /// Creates an admin, or gives an existing account the Admin role (its password is kept). Throws
    /// with Identity's messages when the e-mail or password is refused; writes an audit entry.
    /// </summary>
    public static async Task<string> CreateAdminAsync(
        IServiceProvider services, string email, string? password, string? displayName, string tool, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<RegistryUser>>();
        var db = services.GetRequiredService<RegistryDbContext>();
        await UserAdministration.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        email = email.Trim();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = "promoted";
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new RegistryUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            Check(await users.CreateAsync(user, password ?? throw new InvalidOperationException("A password is needed for a new account.")));
            outcome = "created";
        }

        if (!await users.IsInRoleAsync(user, RegistryRoles.Admin))
        {
            Check(await users.AddToRoleAsync(user, RegistryRoles.Admin));
        }

        AuditTrail.Record(db, Actor.System(tool), UserAdministration.EntityType, user.Id,
            outcome == "created" ? AuditAction.Create : AuditAction.Update, AuditSource.Admin, $"Admin {outcome}: {email}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>The README's demo accounts, flagged IsDemo; existing ones are left as they are.</summary>
    public static async Task EnsureDemoAccountsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await UserAdministration.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        foreach (var (email, name, role, organization) in DemoAccounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var organizationId = organization is null
                ? (int?)null
                : await db.Organizations.Where(o => o.Name == organization).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
            if (organization is not null && organizationId is null)
            {
                continue; // the demo records are not loaded: no organization to be a member of
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = new RegistryUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                IsDemo = true,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            Check(await users.CreateAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, role));
            if (organizationId is { } id)
            {
                db.Memberships.Add(new OrganizationMembership { UserId = user.Id, OrganizationId = id });
            }

            AuditTrail.Record(db, Actor.System("demo-data"), UserAdministration.EntityType, user.Id, AuditAction.Create, AuditSource.DemoData, $"Demo account {email}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>A random password that meets the rules (for `make admin` without PASSWORD).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        // Fixed groups guarantee three classes whatever the draw: lower + upper + digit + symbol.
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}-{new string(chars, 10, 5)}-{new string(chars, 15, 5)}-a1B";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin:Email {Email} ignored: the registry already has an admin")]
    private static partial void LogAdminExists(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "First admin {Email} {Outcome} from configuration")]
    private static partial void LogFirstAdmin(ILogger logger, string email, string outcome);
}
