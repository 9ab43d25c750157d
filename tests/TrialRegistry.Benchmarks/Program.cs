using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TrialRegistry.Benchmarks;
using TrialRegistry.Benchmarks.Import;
using TrialRegistry.Benchmarks.Web;
using TrialRegistry.Generation;

// The benchmark console of `make bench` (scripts/bench.sh runs the steps in order). Commands:
//   generate      --size N [--seed S] --out FILE.ndjson|FILE.zip               (studies only)
//   corpus        --size N [--seed S] --dir DIR [--out FILE.json]               (studies.ndjson, products.json, linked-record CSVs)
//   seed-products --connection CS --dir DIR [--out FILE.json]                  (migrates, registers the corpus's products)
//   import-file   --connection CS --file FILE --out FILE.json                  (our importer, RunImport; run as its own process)
//   import-linked --connection CS --dir DIR --out FILE.json                    (the linked-record CSVs through the CSV import)
//   load          --size N --connection CS [--seed S] [--batch 1000] [--out F]  (EF Core AddRange/SaveChanges baseline; migrates)
//   rawcopy       --source CS --target CS --dir DIR [--psql PATH] [--import-json F] --out FILE.json  (\\copy of every table the import filled)
//   search        --connection CS [--size N] [--repeat 10] [--naive-repeat 3] [--pgbench PATH] [--work DIR] [--out FILE.json]
//   circuits      --url URL --pid APP_PID [--count 200] [--path FORMAT [--distinct N]] [--email E [--password-env VAR]] [--chromium PATH] --out FILE.json
//                 (--path: a composite format of the page's number, e.g. /trials/NCT9{0:D7}/edit, wrapping at --distinct;
//                  --email: signs in first with the password in $VAR, default BENCH_ADMIN_PASSWORD)
//   report        --connection CS --run DIR --size N [--seed S] [--skipped a,b] [--out artifacts/bench/latest.json]
//   explain       --connection CS --query NAME [--deep]                         (EXPLAIN ANALYZE of every statement, via auto_explain)
var arguments = Arguments.Parse(args);
try
{
    switch (arguments.Command)
    {
        case "generate":
            return Generate(arguments);
        case "corpus":
            return await WriteAsync(arguments.Optional("out"), Corpus(arguments));
        case "seed-products":
            {
                var watch = Stopwatch.StartNew();
                var products = await ProductSeeding.SeedAsync(Database.Options(arguments.Required("connection")), arguments.Required("dir"));
                Console.WriteLine($"registered {products} products");
                return await WriteAsync(arguments.Optional("out"), new { Products = products, Seconds = watch.Elapsed.TotalSeconds });
            }

        case "import-file":
            return await ImportFileCommand.RunAsync(arguments.Required("connection"), arguments.Required("file"), arguments.Required("out"));
        case "import-linked":
            {
                var result = await ImportLinkedCommand.ImportAsync(arguments.Required("connection"), arguments.Required("dir"));
                foreach (var kind in result.Kinds)
                {
                    Console.WriteLine($"  {kind.Kind}: {kind.Rows} rows, {kind.New} new, {kind.Unchanged} unchanged, {kind.Invalid} invalid{(kind.Committed ? string.Empty : " (not committed)")} {kind.Error} {string.Join(" / ", kind.FirstProblems)}");
                }

                await WriteAsync(arguments.Required("out"), result);
                return result.Kinds.All(k => k.Committed || k.Rows == 0) ? 0 : 1;
            }

        case "load":
            return await LoadCommand.RunAsync(
                arguments.Required("connection"), arguments.Int("size", 100_000), arguments.Int("seed", StudyGenerator.DefaultSeed), arguments.Int("batch", 1000),
                arguments.Optional("out"));
        case "rawcopy":
            {
                // The tables our import wrote (its rowsByTable) are the ones timed; the rest (products) only load first.
                var timed = arguments.Optional("import-json") is { } importJson
                    ? JsonSerializer.Deserialize<ImportFileResult>(await File.ReadAllTextAsync(importJson), Json.Options)!.RowsByTable.Keys.ToHashSet(StringComparer.Ordinal)
                    : null;
                var result = await RawCopyCommand.RunAsync(
                    arguments.Required("source"), arguments.Required("target"), arguments.Required("dir"), arguments.Optional("psql") ?? "psql", timed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"raw COPY: {result.Rows} rows of {result.Tables.Count} tables in {result.Seconds:F1} s = {result.RowsPerSecond:F0} rows/s{(result.MismatchedTables.Count > 0 ? "; row counts differ in " + string.Join(", ", result.MismatchedTables) : string.Empty)}"));
                return await WriteAsync(arguments.Required("out"), result);
            }

        case "search":
            return await SearchBenchmark.RunAsync(
                arguments.Required("connection"), arguments.Int("size", 0), arguments.Int("repeat", 10),
                arguments.Optional("out"), arguments.Optional("load-json"), arguments.Int("naive-repeat", 3), arguments.Optional("pgbench"), arguments.Optional("work"));
        case "circuits":
            {
                // The password comes from an environment variable (--password-env names it), not the command line.
                var email = arguments.Optional("email");
                var password = email is null ? null : Environment.GetEnvironmentVariable(arguments.Optional("password-env") ?? "BENCH_ADMIN_PASSWORD");
                if (email is not null && string.IsNullOrEmpty(password))
                {
                    throw new ArgumentException($"--email needs the password in ${arguments.Optional("password-env") ?? "BENCH_ADMIN_PASSWORD"}");
                }

                var result = await CircuitsCommand.RunAsync(
                    arguments.Required("url"), arguments.Optional("path"), arguments.Int("distinct", 0), arguments.Int("count", 200), arguments.Int("pid", 0),
                    arguments.Optional("chromium") ?? Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium", email, password);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Connected} of {result.Requested} circuits open ({result.Pages}{(result.SignedIn ? ", signed in" : string.Empty)}) in {result.OpenSeconds:F0} s: app RSS {result.AppRssBeforeMiB:F0} -> {result.AppRssWithCircuitsMiB:F0} MiB ({result.MiBPerCircuit:F2} MiB a circuit)"));
                await WriteAsync(arguments.Required("out"), result);
                // Some circuits timing out on a loaded machine is a figure (connected of requested); none at all is a broken run.
                return result.Connected > 0 || result.Requested == 0 ? 0 : 1;
            }

        case "report":
            return await ReportCommand.RunAsync(
                arguments.Required("connection"), arguments.Required("run"), arguments.Int("size", 0), arguments.Int("seed", StudyGenerator.DefaultSeed),
                arguments.Optional("out") ?? Path.Combine("artifacts", "bench", "latest.json"),
                (arguments.Optional("skipped") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        case "explain":
            return await ExplainCommand.RunAsync(arguments.Required("connection"), arguments.Required("query"), arguments.Has("deep"));
        default:
            Console.Error.WriteLine("usage: TrialRegistry.Benchmarks generate|corpus|seed-products|import-file|import-linked|load|rawcopy|search|circuits|report|explain [--options] (see Program.cs)");
            return 2;
    }
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

static async Task<int> WriteAsync(string? path, object result)
{
    if (path is not null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json.Options));
    }

    return 0;
}

static object Corpus(Arguments arguments)
{
    var size = arguments.Int("size", 10_000);
    var seed = arguments.Int("seed", StudyGenerator.DefaultSeed);
    var directory = arguments.Required("dir");
    var started = Stopwatch.StartNew();
    var written = CorpusWriter.Write(directory, size, seed);
    var seconds = started.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"generated {size} studies (seed {seed}, {written.StudyBytes / 1048576.0:F1} MiB), {written.Products} products and {string.Join(", ", written.LinkedRecords.Select(l => $"{l.Value} {l.Key}"))} into {directory} in {seconds:F1} s"));
    return new
    {
        written.Studies,
        written.Products,
        LinkedRecords = written.LinkedRecords.ToDictionary(l => l.Key.ToString(), l => l.Value),
        StudyMiB = written.StudyBytes / 1048576.0,
        Seconds = seconds,
        StudiesPerSecond = size / seconds,
        PeakRssMiB = ProcessMemory.PeakRssMiB(),
    };
}

static int Generate(Arguments arguments)
{
    var size = arguments.Int("size", 10_000);
    var seed = arguments.Int("seed", StudyGenerator.DefaultSeed);
    var path = arguments.Required("out");
    var started = Stopwatch.StartNew();
    using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            StudyGenerator.WriteZip(file, size, seed);
        }
        else
        {
            StudyGenerator.WriteNdjson(file, size, seed);
        }
    }

    var seconds = started.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"generated {size} studies (seed {seed}) to {path}: {new FileInfo(path).Length / 1048576.0:F1} MiB in {seconds:F1} s ({size / seconds:F0} studies/s)"));
    return 0;
}

namespace TrialRegistry.Benchmarks
{
    /// <summary>`command --name value --flag` arguments.</summary>
    internal sealed class Arguments
    {
        private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

        public string Command { get; private init; } = string.Empty;

        public static Arguments Parse(string[] args)
        {
            var parsed = new Arguments { Command = args.Length > 0 ? args[0] : string.Empty };
            for (var i = 1; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"unexpected argument '{args[i]}'");
                }

                var name = args[i][2..];
                var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
                parsed.options[name] = value;
            }

            return parsed;
        }

        public bool Has(string name) => options.ContainsKey(name);

        public string? Optional(string name) => options.GetValueOrDefault(name);

        public string Required(string name)
            => options.GetValueOrDefault(name) is { Length: > 0 } value ? value : throw new ArgumentException($"--{name} is required");

        public int Int(string name, int fallback)
            => options.GetValueOrDefault(name) is { } text
                ? int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : throw new ArgumentException($"--{name} must be an integer, not '{text}'")
                : fallback;
    }
}
