using Microsoft.AspNetCore.Identity;
using TrialRegistry.Accounts;

namespace TrialRegistry.Web.Security;

/// <summary>
/// Length does most of the work (12 characters, Identity's own rule); on top, three of the four
/// character classes rather than all four, which rejects "passwordpassword" without forcing
/// symbols into passphrases (docs/decisions/0010-accounts-and-rights.md).
/// </summary>
public sealed class PasswordClassesValidator : IPasswordValidator<RegistryUser>
{
    public const string Code = "PasswordClasses";

    public const string Message = "Passwords must use at least three of: lower-case letters, upper-case letters, digits, symbols.";

    public Task<IdentityResult> ValidateAsync(UserManager<RegistryUser> manager, RegistryUser user, string? password)
    {
        password ??= string.Empty;
        var classes = (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return Task.FromResult(classes >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = Message }));
    }
}
