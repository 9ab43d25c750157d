using System.Text.Json;
using System.Text.RegularExpressions;
using TrialRegistry.DemoData;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Trials;
using TrialRegistry.Validation;
using Xunit.Abstractions;

namespace TrialRegistry.Tests.Validation;

/// <summary>
/// The rules over every real record of the demo data, mapped as the demo load maps them: nothing
/// crashes, and the problems real (old) records have are counted. docs/decisions/0009 quotes the
/// counts; they decide how the importer treats old records.
/// </summary>
public sealed partial class DemoDataValidationTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2025, 11, 25);

    [Fact]
    public void Every_demo_trial_validates_without_crashing_and_the_problem_kinds_are_counted()
    {
        var trials = MapDemoTrials();
        var crashes = new List<string>();
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var trialsWithProblems = 0;
        foreach (var trial in trials)
        {
            IReadOnlyList<ValidationProblem> problems;
            try
            {
                problems = TrialValidator.Validate(trial, Today);
            }
            catch (Exception e)
            {
                crashes.Add($"{trial.RegistryId}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            trialsWithProblems += problems.Count > 0 ? 1 : 0;
            foreach (var problem in problems)
            {
                var kind = $"{trial.Source,-17} {Kind(problem)}";
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }
        }

        output.WriteLine($"{trials.Count} trials, {trialsWithProblems} with problems, {kinds.Values.Sum()} problems, {trials.Count(t => TrialStatusRules.IsStale(t, Today))} stale");
        foreach (var source in trials.GroupBy(t => t.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{source.Key}: {source.Count()} trials, {source.Count(t => TrialStatusRules.IsStale(t, Today))} stale, {source.Count(t => t.StatusVerifiedDate is null)} without a status verified date");
        }

        foreach (var (kind, count) in kinds.OrderBy(k => k.Key[..17], StringComparer.Ordinal).ThenByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,5}  {kind}");
        }

        Assert.Equal(236, trials.Count);
        Assert.Empty(crashes);
    }

    /// <summary>The problem with row indexes and record values taken out: "Arms[i].Label: Arm label is &lt;n&gt; characters; ...".</summary>
    private static string Kind(ValidationProblem problem)
    {
        var field = RowIndex().Replace(problem.Field, "[i]");
        var message = Quoted().Replace(problem.Message, "\"<value>\"");
        message = DateOrNumber().Replace(message, "<n>");
        return $"{field}: {message}";
    }

    /// <summary>The seed, then the v2 JSON files, then the classic CSV rows whose trial is not loaded yet: DemoDataLoader's order.</summary>
    private static List<Trial> MapDemoTrials()
    {
        var resolver = new EntityResolver();
        var trials = new List<Trial>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var v2 = new CtGovStudyMapper(resolver);
        foreach (var name in DemoFiles.List(DemoFiles.V2JsonFolder, ".json").Prepend(DemoFiles.SeedTrial))
        {
            using var stream = DemoFiles.Open(name);
            using var study = JsonDocument.Parse(stream);
            var trial = v2.Map(study.RootElement).Trial;
            if (ids.Add(trial.RegistryId))
            {
                trials.Add(trial);
            }
        }

        var csv = new ClassicCsvMapper(resolver);
        foreach (var name in DemoFiles.List(DemoFiles.ClassicCsvFolder, ".csv"))
        {
            using var reader = new StreamReader(DemoFiles.Open(name));
            foreach (var row in ClassicCsvRow.ReadAll(reader).ToList().Where(r => ids.Add(r.NctId)))
            {
                trials.Add(csv.Map(row, DateTimeOffset.UtcNow).Trial);
            }
        }

        return trials;
    }

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex RowIndex();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[0-9][0-9,\-]*")]
    private static partial Regex DateOrNumber();
}
