namespace TrialRegistry.Web.Hosting;

/// <summary>
/// `create-admin --email E [--password P] [--name N]`: creates an admin (or promotes an existing
/// account) in ConnectionStrings:Registry and exits. Without --password it reads
/// TRIALREGISTRY_ADMIN_PASSWORD (so the password stays out of the process list), and without
/// either it generates one and prints it once.
/// </summary>
public static class AdminCommand
{
    public const string PasswordVariable = "TRIALREGISTRY_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("usage: create-admin --email someone@example.org [--password ...] [--name \"Display Name\"]");
            return 2;
        }

        var password = Option(args, "--password") ?? Environment.GetEnvironmentVariable(PasswordVariable);
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = AccountSeeding.GeneratePassword();
        }

        var cancellationToken = app.Lifetime.ApplicationStopping;
        await DatabaseStartup.MigrateIfConfiguredAsync(app, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var outcome = await AccountSeeding.CreateAdminAsync(scope.ServiceProvider, email, password, Option(args, "--name"), "create-admin", cancellationToken);
            Console.WriteLine(outcome == "created"
                ? $"Admin {email} created." + (generated ? $" Password (shown once): {password}" : "")
                : $"{email} already had an account: it is now an admin (its password is unchanged).");
            return 0;
        }
        catch (InvalidOperationException exception)
        {
            await Console.Error.WriteLineAsync($"create-admin: {exception.Message}");
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
