using System.Globalization;
using TrialRegistry.Benchmarks;
using TrialRegistry.Generation;

// The benchmark console of `make bench` (scripts/bench.sh). Commands:
//   generate --size N [--seed S] --out FILE.ndjson|FILE.zip
//   load     --size N --connection CS [--seed S] [--batch 1000]      (applies migrations first)
//   search   --connection CS [--size N] [--repeat 10] [--out FILE.json]
//   explain  --connection CS --query NAME [--deep]                    (EXPLAIN ANALYZE of every statement, via auto_explain)
var arguments = Arguments.Parse(args);
try
{
    switch (arguments.Command)
    {
        case "generate":
            return Generate(arguments);
        case "load":
            return await LoadCommand.RunAsync(
                arguments.Required("connection"), arguments.Int("size", 100_000), arguments.Int("seed", StudyGenerator.DefaultSeed), arguments.Int("batch", 1000));
        case "search":
            return await SearchBenchmark.RunAsync(
                arguments.Required("connection"), arguments.Int("size", 0), arguments.Int("repeat", 10),
                arguments.Optional("out"), arguments.Optional("load-json"));
        case "explain":
            return await ExplainCommand.RunAsync(arguments.Required("connection"), arguments.Required("query"), arguments.Has("deep"));
        default:
            Console.Error.WriteLine("usage: TrialRegistry.Benchmarks generate|load|search|explain [--options] (see Program.cs)");
            return 2;
    }
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

static int Generate(Arguments arguments)
{
    var size = arguments.Int("size", 10_000);
    var seed = arguments.Int("seed", StudyGenerator.DefaultSeed);
    var path = arguments.Required("out");
    var started = System.Diagnostics.Stopwatch.StartNew();
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
