namespace TrialRegistry.Web.Hosting;

/// <summary>Command-line verbs the app understands besides serving (used by the Makefile).</summary>
public static class HostCommands
{
    /// <summary>`migrate`: apply pending migrations to ConnectionStrings:Registry and exit.</summary>
    public const string Migrate = "migrate";

    /// <summary>`create-admin --email E [--password P] [--name N]`: see <see cref="AdminCommand"/>.</summary>
    public const string CreateAdmin = "create-admin";

    /// <summary>`import --file PATH [--file ...] [--lenient] [--dry-run] [--force]`: see <see cref="ImportCommand"/>.</summary>
    public const string Import = "import";
}
