using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrialRegistry.Generation;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Generation;

/// <summary>
/// Smoke tests of the benchmark corpus generator: deterministic, valid for the importer, and with the
/// registry's proportions (loosely: these are sanity bounds on 2,000 studies, not calibration).
/// </summary>
public sealed class StudyGeneratorTests
{
    private const int Sample = 2000;
    private static readonly DateTimeOffset ImportedAt = new(2025, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<List<MappedTrial>> Mapped = new(MapSample);

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        Assert.Equal(Ndjson(300, seed: 7), Ndjson(300, seed: 7));
        Assert.Equal(Zip(40, seed: 7), Zip(40, seed: 7));
        Assert.NotEqual(Ndjson(20, seed: 7), Ndjson(20, seed: 8));
    }

    [Fact]
    public void Any_study_can_be_generated_alone()
    {
        var sequence = new StudyGenerator(11).Generate(60).Select(s => s.ToJsonString()).ToList();
        var alone = new StudyGenerator(11);

        Assert.Equal(sequence[59], alone.GenerateStudy(59).ToJsonString());
        Assert.Equal(sequence[3], alone.GenerateStudy(3).ToJsonString());
    }

    [Fact]
    public void Ndjson_has_one_study_a_line_and_the_zip_one_file_per_study()
    {
        var lines = System.Text.Encoding.UTF8.GetString(Ndjson(25, seed: 3)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));

        using var archive = new ZipArchive(new MemoryStream(Zip(25, seed: 3)), ZipArchiveMode.Read);
        Assert.Equal(25, archive.Entries.Count);
        Assert.Equal("NCT90000001.json", archive.Entries[0].FullName);
        using var first = archive.Entries[0].Open();
        Assert.Equal(lines[0], JsonNode.Parse(first)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Every_study_maps_to_a_trial_with_few_warnings()
    {
        var trials = Mapped.Value;

        Assert.Equal(Sample, trials.Count);
        Assert.Equal(Sample, trials.Select(t => t.Trial.RegistryId).Distinct().Count());
        Assert.All(trials, t => Assert.Matches("^NCT9[0-9]{7}$", t.Trial.RegistryId));
        Assert.True(trials.Sum(t => t.Warnings.Count) <= Sample / 100, string.Join("; ", trials.SelectMany(t => t.Warnings).Take(5)));
        Assert.All(trials, t =>
        {
            Assert.InRange(t.Trial.Conditions.Count, 1, 5);
            Assert.InRange(t.Trial.Interventions.Count, 0, 4);
            Assert.NotEmpty(t.Trial.Locations);
            Assert.InRange(t.Trial.BriefSummary!.Length, 300, 2200);
            Assert.InRange(t.Trial.BriefTitle.Length, 20, 150);
        });
        Assert.True(trials.Count(t => t.Trial.BriefTitle.Length >= 60) > Sample * 0.8);
    }

    [Fact]
    public void Proportions_look_like_clinicaltrials_gov()
    {
        var trials = Mapped.Value.Select(m => m.Trial).ToList();

        double Share(Func<Trial, bool> predicate) => trials.Count(predicate) / (double)trials.Count;

        var locations = trials.Select(t => t.Locations.Count).Order().ToList();
        Assert.InRange(locations[locations.Count / 2], 1, 3);
        Assert.True(locations[^1] >= 50, $"the largest study has only {locations[^1]} locations; the tail is too thin");

        Assert.InRange(Share(t => t.OverallStatus == OverallStatus.Completed), 0.48, 0.62);
        Assert.InRange(Share(t => t.OverallStatus == OverallStatus.Recruiting), 0.06, 0.14);
        Assert.InRange(Share(t => t.OverallStatus == OverallStatus.Unknown), 0.11, 0.19);
        Assert.All(trials.Where(t => t.OverallStatus == OverallStatus.Unknown), t => Assert.NotNull(t.LastKnownStatus));
        Assert.InRange(Share(t => t.StudyType == StudyType.Interventional), 0.72, 0.82);
        Assert.InRange(Share(t => t.StudyType == StudyType.Observational), 0.18, 0.26);

        var interventional = trials.Where(t => t.StudyType == StudyType.Interventional).ToList();
        Assert.InRange(interventional.Count(t => t.Phases.SequenceEqual([Phase.NA])) / (double)interventional.Count, 0.3, 0.42);
        Assert.Contains(interventional, t => t.Phases.SequenceEqual([Phase.Phase1, Phase.Phase2]));

        Assert.InRange(Share(t => t.HasResults), 0.08, 0.17);
        Assert.InRange(Share(t => t.StartDate?.Precision == DatePrecision.Month), 0.2, 0.4);
        Assert.InRange(Share(t => t.LeadSponsor.Class == Organizations.OrganizationClass.Industry), 0.3, 0.4);
        Assert.InRange(Share(t => t.Countries.Contains("United States")), 0.3, 0.55);
        Assert.Contains(trials, t => t.SecondaryIds.Any(s => s.Type == SecondaryIdType.EudractNumber));
        Assert.Contains(trials, t => t.Conditions.Any(c => c.Condition.Name == "Systemic Lupus Erythematosus"));
        Assert.Contains(trials, t => t.Conditions.Any(c => c.Condition.Name == "COVID-19"));
        Assert.Contains(trials, t => t.Locations.Any(l => l.Latitude is not null));
    }

    [Fact]
    public void Actual_and_estimated_dates_agree_with_the_status()
    {
        var trials = Mapped.Value.Select(m => m.Trial).ToList();

        Assert.All(trials.Where(t => t.OverallStatus is OverallStatus.Completed or OverallStatus.Terminated), t =>
        {
            Assert.Equal(DateType.Actual, t.CompletionDate!.Type);
            Assert.True(t.CompletionDate.Date <= StudyGenerator.Today);
            Assert.True(t.StartDate!.Date <= t.CompletionDate.Date);
        });
        Assert.All(trials.Where(t => t.OverallStatus is OverallStatus.Recruiting or OverallStatus.NotYetRecruiting), t =>
        {
            Assert.Equal(DateType.Estimated, t.CompletionDate!.Type);
            Assert.True(t.CompletionDate.Date > StudyGenerator.Today);
        });
        Assert.All(trials.Where(t => t.OverallStatus == OverallStatus.NotYetRecruiting), t => Assert.Equal(DateType.Estimated, t.StartDate!.Type));
        Assert.All(trials, t => Assert.True(t.LastUpdatePostDate!.Date >= t.StudyFirstPostDate!.Date && t.LastUpdatePostDate.Date <= StudyGenerator.Today));
    }

    private static List<MappedTrial> MapSample()
    {
        var mapper = new CtGovStudyMapper(new EntityResolver());
        return new StudyGenerator().Generate(Sample)
            .Select(study =>
            {
                using var document = JsonDocument.Parse(study.ToJsonString());
                return mapper.Map(document.RootElement, ImportedAt);
            })
            .ToList();
    }

    private static byte[] Ndjson(int count, int seed)
    {
        using var stream = new MemoryStream();
        StudyGenerator.WriteNdjson(stream, count, seed);
        return stream.ToArray();
    }

    private static byte[] Zip(int count, int seed)
    {
        using var stream = new MemoryStream();
        StudyGenerator.WriteZip(stream, count, seed);
        return stream.ToArray();
    }
}
