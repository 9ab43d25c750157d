using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrialRegistry.Testing;

/// <summary>
/// The PostgreSQL server the tests use: the one named by TRIALREGISTRY_TEST_PG (set by `make test`),
/// otherwise a throwaway cluster started once per test process from the installed server binaries
/// (as efcore.pg's tests do), so `dotnet test` from an IDE works too.
/// </summary>
public static class TestPostgresServer
{
    public const string EnvironmentVariable = "TRIALREGISTRY_TEST_PG";

    private static readonly Lazy<string> Server = new(ResolveServer, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Connection string without a database name.</summary>
    public static string ConnectionString => Server.Value;

    private static string ResolveServer()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured) ? StartThrowawayCluster() : configured;
    }

    private static string StartThrowawayCluster()
    {
        var bin = FindServerBinaries() ?? throw new InvalidOperationException(
            $"No PostgreSQL for the tests: set {EnvironmentVariable} to a server's connection string, run `make test`, " +
            "or install the PostgreSQL server binaries (apt-get install postgresql).");
        var root = Directory.CreateTempSubdirectory("trialregistry-test-pg-").FullName;
        var data = Path.Combine(root, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"postgres \"{root}\"");
        }

        RunServerTool(asRoot, Path.Combine(bin, "initdb"), $"-D \"{data}\" --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U postgres --no-sync");
        RunServerTool(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D \"{data}\" -w -l \"{Path.Combine(root, "log")}\" -o \"-p {port} -k '{root}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunServerTool(asRoot, Path.Combine(bin, "pg_ctl"), $"-D \"{data}\" -m immediate stop");
            Directory.Delete(root, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres";
    }

    private static string? FindServerBinaries()
        => Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(dir => File.Exists(Path.Combine(dir, "initdb")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // initdb and postgres refuse to run as root.
    private static void RunServerTool(bool asRoot, string tool, string arguments)
    {
        if (asRoot)
        {
            Run("runuser", $"-u postgres -- \"{tool}\" {arguments}");
        }
        else
        {
            Run(tool, arguments);
        }
    }

    private static void Run(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {arguments} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
