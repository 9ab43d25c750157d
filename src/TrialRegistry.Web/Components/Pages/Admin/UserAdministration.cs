using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Validation;

namespace TrialRegistry.Web.Components.Pages.Admin;

/// <summary>What an admin sets on an account (the e-mail only at creation).</summary>
public sealed record UserForm(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> OrganizationIds);

/// <summary>The outcome of an admin write: the user's id, or what is wrong (nothing written).</summary>
public sealed record AdminResult(string? UserId, IReadOnlyList<ValidationProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AdminResult Failed(string field, string message) => new(null, [new ValidationProblem(field, message)]);
}

/// <summary>
/// The admin's account writes: create, edit roles and memberships, reset a password, unlock. Each
/// runs in its own DI scope (Identity's stores share that scope's context) and one transaction that
/// also holds its audit entry, so a change and its entry commit together or not at all.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopeFactory)
{
    public const string EntityType = "User";

    public Task<AdminResult> CreateAsync(UserForm form, string password, Actor actor)
        => InTransactionAsync(async (db, users) =>
        {
            var email = form.Email.Trim();
            var problems = Check(form, checkEmail: true);
            if (problems.Count > 0)
            {
                return new AdminResult(null, problems);
            }

            if (await users.FindByEmailAsync(email) is not null)
            {
                return AdminResult.Failed(nameof(UserForm.Email), $"An account with the e-mail {email} already exists.");
            }

            var user = new RegistryUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = form.DisplayName.Trim(),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return Failed(created);
            }

            if (await SetRolesAndMembershipsAsync(db, users, user, form) is { } failure)
            {
                return failure;
            }

            AuditTrail.Record(db, actor, EntityType, user.Id, AuditAction.Create, AuditSource.Admin,
                $"Created {email} ({Describe(form)})");
            return new AdminResult(user.Id, []);
        });

    public Task<AdminResult> UpdateAsync(string userId, UserForm form, Actor actor)
        => InTransactionAsync(async (db, users) =>
        {
            var problems = Check(form, checkEmail: false);
            if (problems.Count > 0)
            {
                return new AdminResult(null, problems);
            }

            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return AdminResult.Failed("", "This account no longer exists.");
            }

            if (actor.UserId == userId && !form.Roles.Contains(RegistryRoles.Admin))
            {
                return AdminResult.Failed(nameof(UserForm.Roles), "You cannot remove your own Admin role; ask another admin.");
            }

            user.DisplayName = form.DisplayName.Trim();
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                return Failed(updated);
            }

            if (await SetRolesAndMembershipsAsync(db, users, user, form) is { } failure)
            {
                return failure;
            }

            AuditTrail.Record(db, actor, EntityType, user.Id, AuditAction.Update, AuditSource.Admin,
                $"Edited {user.Email}: {Describe(form)}");
            return new AdminResult(user.Id, []);
        });

    public Task<AdminResult> ResetPasswordAsync(string userId, string newPassword, Actor actor)
        => InTransactionAsync(async (db, users) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return AdminResult.Failed("", "This account no longer exists.");
            }

            // The reset token path validates the password and renews the security stamp, which
            // signs the user out elsewhere.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (!reset.Succeeded)
            {
                return Failed(reset);
            }

            AuditTrail.Record(db, actor, EntityType, user.Id, AuditAction.Update, AuditSource.Admin, $"Reset the password of {user.Email}");
            return new AdminResult(user.Id, []);
        });

    public Task<AdminResult> UnlockAsync(string userId, Actor actor)
        => InTransactionAsync(async (db, users) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return AdminResult.Failed("", "This account no longer exists.");
            }

            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            if (unlocked.Succeeded)
            {
                unlocked = await users.ResetAccessFailedCountAsync(user);
            }

            if (!unlocked.Succeeded)
            {
                return Failed(unlocked);
            }

            AuditTrail.Record(db, actor, EntityType, user.Id, AuditAction.Update, AuditSource.Admin, $"Unlocked {user.Email}");
            return new AdminResult(user.Id, []);
        });

    /// <summary>Roles the registry knows, created when missing (a fresh database has none).</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in RegistryRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task<AdminResult> InTransactionAsync(Func<RegistryDbContext, UserManager<RegistryUser>, Task<AdminResult>> write)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await write(db, users);
        if (result.Succeeded)
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return result;
    }

    private static async Task<AdminResult?> SetRolesAndMembershipsAsync(RegistryDbContext db, UserManager<RegistryUser> users, RegistryUser user, UserForm form)
    {
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(form.Roles).ToList());
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, form.Roles.Except(current).ToList()) : removed;
        if (!added.Succeeded)
        {
            return Failed(added);
        }

        var wanted = form.OrganizationIds.Distinct().ToList();
        var existing = await db.Organizations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync();
        if (existing.Count != wanted.Count)
        {
            return AdminResult.Failed(nameof(UserForm.OrganizationIds), "An organization in the list no longer exists.");
        }

        var memberships = await db.Memberships.Where(m => m.UserId == user.Id).ToListAsync();
        db.Memberships.RemoveRange(memberships.Where(m => !wanted.Contains(m.OrganizationId)));
        db.Memberships.AddRange(wanted.Where(id => memberships.All(m => m.OrganizationId != id))
            .Select(id => new OrganizationMembership { UserId = user.Id, OrganizationId = id }));
        return null;
    }

    private static List<ValidationProblem> Check(UserForm form, bool checkEmail)
    {
        var problems = new List<ValidationProblem>();
        if (checkEmail)
        {
            var email = form.Email.Trim();
            if (email.Length == 0)
            {
                problems.Add(new(nameof(UserForm.Email), "Enter the user's e-mail address."));
            }
            else if (email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
            {
                problems.Add(new(nameof(UserForm.Email), "Enter a valid e-mail address (at most 256 characters)."));
            }
        }

        if (string.IsNullOrWhiteSpace(form.DisplayName))
        {
            problems.Add(new(nameof(UserForm.DisplayName), "Enter the name shown in the history and the audit log."));
        }
        else if (form.DisplayName.Trim().Length > 200)
        {
            problems.Add(new(nameof(UserForm.DisplayName), "A display name has at most 200 characters."));
        }

        if (form.Roles.Count == 0)
        {
            problems.Add(new(nameof(UserForm.Roles), "Choose at least one role."));
        }
        else if (form.Roles.Except(RegistryRoles.All).FirstOrDefault() is { } unknown)
        {
            problems.Add(new(nameof(UserForm.Roles), $"Unknown role “{unknown}”."));
        }

        return problems;
    }

    private static AdminResult Failed(IdentityResult result)
        => new(null, result.Errors.Select(e => new ValidationProblem(FieldOf(e.Code), e.Description)).ToList());

    private static string FieldOf(string code)
        => code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
            : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserForm.Email)
            : "";

    private static string Describe(UserForm form)
        => $"roles {string.Join(", ", form.Roles)}; organizations {(form.OrganizationIds.Count == 0 ? "none" : string.Join(", ", form.OrganizationIds))}";
}
