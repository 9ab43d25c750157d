using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;

namespace TrialRegistry.Generation;

/// <summary>
/// Generates ClinicalTrials.gov API v2-shaped studies (the objects of <c>/studies</c>, as
/// <see cref="Import.CtGov.CtGovStudyMapper"/> reads them) with the distributions of the real
/// registry: study types, statuses and phases in CT.gov proportions, titles and summaries of real
/// length, 1-5 conditions from a vocabulary of a few hundred real names, 1-4 interventions of the
/// real types, sponsors with a long tail, 1 to several hundred locations (median 2) in countries
/// weighted like CT.gov's, dates of mixed precision whose actual/estimated flags agree with the status,
/// log-normal enrollment, EudraCT/CTIS/NIH secondary ids, and results on about one study in eight.
/// </summary>
/// <remarks>
/// Deterministic: study <c>i</c> of a seed is always the same object (each study draws from its own
/// random stream seeded by (seed, i), so any study can be generated alone), and the writers produce
/// identical bytes for the same seed and count. Dates are relative to the fixed <see cref="Today"/>, not
/// the clock. Registry ids are NCT9xxxxxxx, which no real study has yet. Not thread-safe: use one
/// generator per thread. The products of the corpus (industry sponsors' coded compounds) are in
/// <see cref="Products"/>; <see cref="CorpusWriter"/> writes them with their linked records.
/// </remarks>
public sealed class StudyGenerator
{
    /// <summary>The date the generated corpus is "as of".</summary>
    public static readonly DateOnly Today = new(2025, 2, 1);

    public const int DefaultSeed = 20250201;

    /// <summary>Largest count the NCT9xxxxxxx id space holds.</summary>
    public const int MaxStudies = 9_999_999;

    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateTimeOffset ZipEntryTime = new(2025, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Status, double Weight)[] InterventionalStatuses =
    [
        ("COMPLETED", 0.56), ("UNKNOWN", 0.15), ("RECRUITING", 0.10), ("TERMINATED", 0.06), ("ACTIVE_NOT_RECRUITING", 0.045),
        ("NOT_YET_RECRUITING", 0.035), ("WITHDRAWN", 0.03), ("ENROLLING_BY_INVITATION", 0.015), ("SUSPENDED", 0.005),
    ];

    private static readonly (string Status, double Weight)[] ExpandedAccessStatuses =
    [
        ("AVAILABLE", 0.4), ("NO_LONGER_AVAILABLE", 0.4), ("APPROVED_FOR_MARKETING", 0.1), ("TEMPORARILY_NOT_AVAILABLE", 0.1),
    ];

    private static readonly (string[] Phases, double Weight)[] PhaseWeights =
    [
        (["NA"], 0.36), (["PHASE2"], 0.16), (["PHASE1"], 0.13), (["PHASE3"], 0.12), (["PHASE4"], 0.12), (["PHASE1", "PHASE2"], 0.05),
        (["PHASE2", "PHASE3"], 0.03), (["EARLY_PHASE1"], 0.03),
    ];

    private static readonly (string Type, double Weight)[] DrugPhaseTypes =
    [
        ("DRUG", 0.68), ("BIOLOGICAL", 0.2), ("DIETARY_SUPPLEMENT", 0.03), ("RADIATION", 0.03), ("PROCEDURE", 0.02), ("OTHER", 0.02),
        ("COMBINATION_PRODUCT", 0.01), ("GENETIC", 0.01),
    ];

    private static readonly (string Type, double Weight)[] NoPhaseTypes =
    [
        ("BEHAVIORAL", 0.25), ("DEVICE", 0.22), ("PROCEDURE", 0.21), ("OTHER", 0.12), ("DIETARY_SUPPLEMENT", 0.08), ("DIAGNOSTIC_TEST", 0.05),
        ("DRUG", 0.04), ("RADIATION", 0.01), ("GENETIC", 0.01), ("COMBINATION_PRODUCT", 0.01),
    ];

    private static readonly (string Type, double Weight)[] ObservationalTypes =
    [
        ("OTHER", 0.55), ("DRUG", 0.15), ("PROCEDURE", 0.1), ("DIAGNOSTIC_TEST", 0.1), ("DEVICE", 0.05), ("BIOLOGICAL", 0.03), ("BEHAVIORAL", 0.02),
    ];

    private static readonly string[] WhyStopped =
    [
        "Slow accrual", "Sponsor decision", "Funding ended", "Business reasons", "COVID-19 pandemic", "PI left the institution",
        "Futility at interim analysis", "Safety concerns", "Study drug no longer available", "No participants enrolled", "Low recruitment rate",
        "Strategic reprioritization of the development program",
    ];

    private static readonly string[] EuCountries =
    [
        "France", "Germany", "Spain", "Italy", "Netherlands", "Belgium", "Denmark", "Sweden", "Poland", "Austria", "Finland", "Czechia",
        "Hungary", "Portugal", "Ireland", "Greece", "Romania", "Bulgaria",
    ];

    private static readonly string[] NihInstitutes = ["CA", "AI", "HL", "MH", "DA", "AG", "DK", "NS", "HD", "AA", "EY", "AT", "NR"];

    private static readonly string[] NihActivities = ["R01", "R01", "R01", "U01", "R21", "R34", "K23", "P30", "UG1", "R33", "U54"];

    private readonly int seed;
    private readonly SponsorTable sponsors;
    private readonly Faker faker;
    private readonly WeightedTable areaTable = new(StudyVocabulary.Areas.Select(a => a.Weight));
    private readonly WeightedTable countryTable = new(StudyVocabulary.Countries.Select(c => c.Weight));
    private readonly WeightedTable[] conditionRanks;
    private readonly WeightedTable[] drugRanks;
    private readonly Dictionary<string, VocabularyCountry> countriesByName;
    private IReadOnlyList<GeneratedProduct>? products;

    public StudyGenerator(int seed = DefaultSeed)
    {
        this.seed = seed;
        sponsors = new SponsorTable(seed);
        faker = new Faker("en");
        conditionRanks = StudyVocabulary.Areas.Select(a => WeightedTable.Zipf(a.Conditions.Length, 1.0, 1.5)).ToArray();
        drugRanks = StudyVocabulary.Areas.Select(a => WeightedTable.Zipf(a.Drugs.Length, 0.9, 2)).ToArray();
        countriesByName = StudyVocabulary.Countries.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The products of this seed: the coded compounds of the leading industry sponsors.</summary>
    public IReadOnlyList<GeneratedProduct> Products => products ??= ProductCatalog.For(sponsors);

    /// <summary>The registry id of study <paramref name="index"/> (0-based): NCT9 + 7 digits.</summary>
    public static string NctIdOf(int index)
        => index is >= 0 and < MaxStudies
            ? "NCT9" + (index + 1).ToString("D7", CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"A generated corpus holds at most {MaxStudies} studies.");

    /// <summary>The EudraCT number study <paramref name="index"/> carries when it has one (unique per index below a million).</summary>
    public static string EudraCtOf(int index, int year, int check)
        => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{index % 1_000_000:D6}-{check:D2}");

    /// <summary>Studies <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> - 1, lazily.</summary>
    public IEnumerable<JsonObject> Generate(int count, int start = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)start + count, MaxStudies, nameof(count));
        for (var i = start; i < start + count; i++)
        {
            yield return GenerateStudy(i);
        }
    }

    /// <summary>Writes <paramref name="count"/> studies of <paramref name="seed"/> as newline-delimited JSON (UTF-8, one study a line).</summary>
    public static void WriteNdjson(Stream output, int count, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteNdjson(output, new StudyGenerator(seed).Generate(count), observe: null);
    }

    /// <summary>Writes <paramref name="studies"/> as NDJSON, showing each to <paramref name="observe"/> first (the corpus writer's linked records).</summary>
    internal static void WriteNdjson(Stream output, IEnumerable<JsonObject> studies, Action<JsonObject>? observe)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = WriteOptions.Encoder, SkipValidation = true });
        foreach (var study in studies)
        {
            observe?.Invoke(study);
            study.WriteTo(writer, WriteOptions);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset(output);
        }
    }

    /// <summary>
    /// Writes <paramref name="count"/> studies of <paramref name="seed"/> as a ZIP with one
    /// <c>NCTxxxxxxxx.json</c> file per study (the layout of CT.gov's bulk download). Entry times are
    /// fixed, so the same seed and count give the same bytes.
    /// </summary>
    public static void WriteZip(Stream output, int count, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(output);
        var generator = new StudyGenerator(seed);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var index = 0;
        foreach (var study in generator.Generate(count))
        {
            var entry = archive.CreateEntry(NctIdOf(index++) + ".json", CompressionLevel.Fastest);
            entry.LastWriteTime = ZipEntryTime;
            using var stream = entry.Open();
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = WriteOptions.Encoder, Indented = true });
            study.WriteTo(writer, WriteOptions);
        }
    }

    /// <summary>Study number <paramref name="index"/> (0-based) of this generator's seed.</summary>
    public JsonObject GenerateStudy(int index)
    {
        var random = new Random(RandomExtensions.Mix(seed, index));
        faker.Random = new Randomizer(random.Next());
        return new StudyBuilder(this, random, index).Build();
    }

    /// <summary>The drawing of one study: every choice comes from its own random stream.</summary>
    private sealed class StudyBuilder(StudyGenerator generator, Random random, int index)
    {
        private readonly List<(string Type, string Name)> interventions = [];
        private TherapeuticArea area = null!;
        private string studyType = "INTERVENTIONAL";
        private string status = "COMPLETED";
        private string[] phases = [];
        private GeneratedSponsor lead = null!;
        private List<string> conditions = [];
        private string population = "Patients";
        private string comparator = "Placebo";
        private string primaryOutcome = string.Empty;
        private string homeCountry = "United States";
        private int? enrollment;
        private DateOnly start;
        private DateOnly primaryCompletion;
        private DateOnly completion;

        private Faker Faker => generator.faker;

        public JsonObject Build()
        {
            area = StudyVocabulary.Areas[generator.areaTable.Next(random)];
            var typeRoll = random.NextDouble();
            studyType = typeRoll < 0.77 ? "INTERVENTIONAL" : typeRoll < 0.99 ? "OBSERVATIONAL" : "EXPANDED_ACCESS";
            status = studyType == "EXPANDED_ACCESS" ? random.Weighted(ExpandedAccessStatuses) : random.Weighted(InterventionalStatuses);
            phases = studyType == "INTERVENTIONAL" ? random.Weighted(PhaseWeights) : [];
            lead = generator.sponsors.NextLead(random);
            homeCountry = lead.Country is { } c && random.Chance(0.92) ? c : StudyVocabulary.Countries[generator.countryTable.Next(random)].Name;
            population = area.Name == "Healthy Volunteers and Public Health" && random.Chance(0.5)
                ? "Healthy Volunteers"
                : random.Pick(StudyVocabulary.Populations);
            conditions = DrawConditions();
            DrawInterventions();
            primaryOutcome = random.Chance(0.85) ? random.Pick(area.Outcomes) : "Number of participants with treatment-emergent adverse events";
            DrawDates();
            DrawEnrollment();

            var protocol = new JsonObject
            {
                ["identificationModule"] = Identification(),
                ["statusModule"] = Status(),
                ["sponsorCollaboratorsModule"] = Sponsors(),
                ["oversightModule"] = new JsonObject
                {
                    ["oversightHasDmc"] = random.Chance(0.4),
                    ["isFdaRegulatedDrug"] = lead.Country == "United States" && interventions.Any(i => i.Type == "DRUG"),
                    ["isFdaRegulatedDevice"] = lead.Country == "United States" && interventions.Any(i => i.Type == "DEVICE"),
                },
                ["descriptionModule"] = Description(),
                ["conditionsModule"] = ConditionsModule(),
                ["designModule"] = Design(),
                ["armsInterventionsModule"] = ArmsAndInterventions(),
                ["outcomesModule"] = Outcomes(),
                ["eligibilityModule"] = Eligibility(),
                ["contactsLocationsModule"] = ContactsAndLocations(),
            };

            var hasResults = HasResults();
            if (hasResults)
            {
                var resultsPosted = Min(completion.AddDays(random.Next(300, 500)), Today.AddDays(-random.Next(1, 60)));
                protocol["statusModule"]!["resultsFirstSubmitDate"] = Day(resultsPosted.AddDays(-random.Next(20, 120)));
                protocol["statusModule"]!["resultsFirstPostDateStruct"] = DateStruct(resultsPosted, "ACTUAL", dayPrecision: true);
            }

            return new JsonObject
            {
                ["protocolSection"] = protocol,
                ["derivedSection"] = Derived(),
                ["hasResults"] = hasResults,
            };
        }

        private List<string> DrawConditions()
        {
            var count = random.Weighted<int>([(1, 0.5), (2, 0.25), (3, 0.13), (4, 0.07), (5, 0.05)]);
            var names = new List<string>(count);
            var areaIndex = Array.IndexOf(StudyVocabulary.Areas, area);
            for (var attempt = 0; names.Count < count && attempt < 20; attempt++)
            {
                // Mostly the study's own area; now and then a comorbidity from another.
                var from = attempt > 0 && random.Chance(0.1) ? generator.areaTable.Next(random) : areaIndex;
                var name = StudyVocabulary.Areas[from].Conditions[generator.conditionRanks[from].Next(random)].Name;
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return names;
        }

        private void DrawInterventions()
        {
            if (studyType == "OBSERVATIONAL" && random.Chance(0.5))
            {
                return;
            }

            var count = studyType == "EXPANDED_ACCESS" ? 1 : random.Weighted<int>([(1, 0.5), (2, 0.3), (3, 0.12), (4, 0.08)]);
            var table = studyType == "OBSERVATIONAL" ? ObservationalTypes : phases is ["NA"] ? NoPhaseTypes : DrugPhaseTypes;
            var mainType = studyType == "EXPANDED_ACCESS" ? (random.Chance(0.75) ? "DRUG" : "BIOLOGICAL") : random.Weighted(table);
            Add(mainType, InterventionName(mainType));
            comparator = ComparatorFor(mainType);
            for (var i = 1; i < count; i++)
            {
                if (i == 1 && studyType == "INTERVENTIONAL" && random.Chance(0.5))
                {
                    Add(comparator is "Sham procedure" ? (mainType == "DEVICE" ? "DEVICE" : "PROCEDURE") : comparator is "Placebo" or "Saline" ? "DRUG" : "OTHER", comparator);
                    continue;
                }

                var type = random.Chance(0.6) ? mainType : random.Weighted(table);
                Add(type, InterventionName(type));
            }

            void Add(string type, string name)
            {
                if (!interventions.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    interventions.Add((type, name));
                }
            }
        }

        private string ComparatorFor(string type) => type switch
        {
            "DRUG" or "BIOLOGICAL" or "DIETARY_SUPPLEMENT" => random.Chance(0.7) ? "Placebo" : random.Chance(0.5) ? "Standard of care" : "Saline",
            "DEVICE" or "PROCEDURE" => random.Chance(0.4) ? "Sham procedure" : "Usual care",
            "BEHAVIORAL" => random.Chance(0.6) ? "Usual care" : "Health education",
            _ => random.Pick(StudyVocabulary.Comparators),
        };

        private string InterventionName(string type)
        {
            var areaIndex = Array.IndexOf(StudyVocabulary.Areas, area);
            switch (type)
            {
                case "DRUG":
                case "COMBINATION_PRODUCT":
                    // Industry studies often test a coded compound of their own pipeline (a few per sponsor).
                    if (lead.Class == "INDUSTRY" && random.Chance(0.35))
                    {
                        return CodeName();
                    }

                    return area.Drugs[generator.drugRanks[areaIndex].Next(random)];
                case "BIOLOGICAL":
                    if (lead.Class == "INDUSTRY" && random.Chance(0.3))
                    {
                        return CodeName();
                    }

                    return area.Biologicals.Length > 0 ? random.Pick(area.Biologicals) : area.Drugs[generator.drugRanks[areaIndex].Next(random)];
                case "DEVICE": return random.Pick(StudyVocabulary.Devices);
                case "PROCEDURE": return random.Pick(StudyVocabulary.Procedures);
                case "BEHAVIORAL": return random.Pick(StudyVocabulary.Behavioral);
                case "RADIATION": return random.Pick(StudyVocabulary.Radiation);
                case "DIETARY_SUPPLEMENT": return random.Pick(StudyVocabulary.Supplements);
                case "DIAGNOSTIC_TEST": return random.Pick(StudyVocabulary.DiagnosticTests);
                case "GENETIC": return random.Pick(StudyVocabulary.Genetic);
                default: return random.Pick(StudyVocabulary.Others);
            }
        }

        // Stable per sponsor: the same few compounds recur across a sponsor's studies (and are its products).
        private string CodeName() => ProductCatalog.CodeName(lead, random.Next(ProductCatalog.CompoundsPerSponsor));

        private void DrawDates()
        {
            // Start years grow like the registry (few before 2005, most after 2010).
            int StartYear(int from, int to) => from + (int)Math.Floor((to - from + 1) * Math.Pow(random.NextDouble(), 0.7));
            DateOnly InYear(int year) => new DateOnly(year, 1, 1).AddDays(random.Next(365));
            int Months(int min, int max) => random.Next(min, max + 1);

            switch (status)
            {
                case "COMPLETED":
                case "TERMINATED":
                    start = InYear(StartYear(2000, 2023));
                    var length = status == "TERMINATED" ? Months(3, 36) : (int)Math.Clamp(random.LogNormal(20, 0.7), 2, 120);
                    completion = Min(start.AddMonths(length), Today.AddDays(-random.Next(30, 200)));
                    if (completion <= start)
                    {
                        start = completion.AddMonths(-Months(2, 12));
                    }

                    break;
                case "UNKNOWN":
                    start = InYear(StartYear(2004, 2021));
                    completion = start.AddMonths(Months(6, 48));
                    if (completion > Today.AddYears(-2))
                    {
                        completion = Today.AddYears(-2).AddDays(-random.Next(0, 300));
                        start = Min(start, completion.AddMonths(-6));
                    }

                    break;
                case "RECRUITING":
                case "ENROLLING_BY_INVITATION":
                    start = Today.AddDays(-(int)Math.Clamp(random.LogNormal(500, 0.7), 10, 3650));
                    completion = Max(start.AddMonths(Months(12, 72)), Today.AddDays(random.Next(30, 900)));
                    break;
                case "ACTIVE_NOT_RECRUITING":
                case "SUSPENDED":
                    start = Today.AddDays(-random.Next(200, 3000));
                    completion = Max(start.AddMonths(Months(24, 96)), Today.AddDays(random.Next(30, 1500)));
                    break;
                case "NOT_YET_RECRUITING":
                    start = Today.AddDays(random.Next(1, 330));
                    completion = start.AddMonths(Months(12, 60));
                    break;
                case "WITHDRAWN":
                    start = InYear(StartYear(2008, 2024));
                    completion = start.AddMonths(Months(12, 48));
                    break;
                default:
                    // Expanded access: a start around first posting; no completion of its own.
                    start = InYear(StartYear(2005, 2024));
                    completion = Min(start.AddMonths(Months(6, 36)), Today.AddDays(-1));
                    break;
            }

            var primaryGap = random.Chance(0.6) ? 0 : random.Next(30, 365);
            primaryCompletion = completion.AddDays(-primaryGap) < start ? completion : completion.AddDays(-primaryGap);
        }

        private void DrawEnrollment()
        {
            if (studyType == "EXPANDED_ACCESS")
            {
                enrollment = null;
                return;
            }

            if (status == "WITHDRAWN")
            {
                enrollment = 0;
                return;
            }

            var (median, sigma) = studyType == "OBSERVATIONAL"
                ? (200.0, 1.6)
                : phases switch
                {
                    ["EARLY_PHASE1"] => (20.0, 0.8),
                    ["PHASE1"] => (30.0, 0.9),
                    ["PHASE1", "PHASE2"] => (40.0, 0.9),
                    ["PHASE2"] => (60.0, 1.0),
                    ["PHASE2", "PHASE3"] => (200.0, 1.0),
                    ["PHASE3"] => (400.0, 1.1),
                    ["PHASE4"] => (100.0, 1.1),
                    _ => (60.0, 1.0),
                };
            enrollment = random.Chance(0.01) ? null : (int)Math.Clamp(Math.Round(random.LogNormal(median, sigma)), 1, 500_000);
            if (status == "TERMINATED" && enrollment is { } planned)
            {
                enrollment = (int)(planned * random.NextDouble() * 0.6);
            }
        }

        private JsonObject Identification()
        {
            var title = BriefTitle();
            var module = new JsonObject
            {
                ["nctId"] = NctIdOf(index),
                ["orgStudyIdInfo"] = new JsonObject { ["id"] = OrgStudyId() },
            };
            var secondary = SecondaryIds();
            if (secondary.Count > 0)
            {
                module["secondaryIdInfos"] = secondary;
            }

            module["organization"] = new JsonObject { ["fullName"] = lead.Name, ["class"] = lead.Class };
            module["briefTitle"] = title;
            if (random.Chance(0.88))
            {
                module["officialTitle"] = OfficialTitle();
            }

            if (random.Chance(0.25))
            {
                module["acronym"] = Acronym(title);
            }

            return module;
        }

        private string OrgStudyId() => random.Next(4) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{lead.CodePrefix}-{start.Year}-{random.Next(1, 999):D3}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{lead.CodePrefix}{random.Next(100000, 999999)}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"IRB{start.Year % 100:D2}-{random.Next(1, 9999):D4}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{lead.CodePrefix}-{random.Next(100, 999)}-{random.Next(1, 999):D3}"),
        };

        private JsonArray SecondaryIds()
        {
            var ids = new JsonArray();
            var european = EuCountries.Contains(homeCountry, StringComparer.Ordinal);
            if (european && studyType == "INTERVENTIONAL" && phases is not ["NA"] && random.Chance(0.55))
            {
                if (start.Year >= 2023)
                {
                    ids.Add(new JsonObject
                    {
                        ["id"] = string.Create(CultureInfo.InvariantCulture, $"{start.Year}-5{index % 100_000:D5}-{random.Next(10, 99)}-00"),
                        ["type"] = "CTIS",
                    });
                }
                else
                {
                    ids.Add(new JsonObject
                    {
                        ["id"] = EudraCtOf(index, Math.Clamp(start.Year - random.Next(0, 2), 2004, 2022), random.Next(10, 99)),
                        ["type"] = "EUDRACT_NUMBER",
                    });
                }
            }

            if ((lead.Class == "NIH" || (lead.Class == "OTHER" && homeCountry == "United States" && random.Chance(0.3))) && random.Chance(0.7))
            {
                var grant = string.Create(CultureInfo.InvariantCulture, $"{random.Pick(NihActivities)}{random.Pick(NihInstitutes)}{random.Next(10000, 299999):D6}");
                ids.Add(new JsonObject { ["id"] = grant, ["type"] = "NIH", ["link"] = $"https://reporter.nih.gov/quickSearch/{grant}" });
            }

            if (random.Chance(0.12))
            {
                ids.Add(new JsonObject
                {
                    ["id"] = string.Create(CultureInfo.InvariantCulture, $"{lead.CodePrefix}/{random.Next(1, 9999):D4}"),
                    ["type"] = "OTHER",
                    ["domain"] = lead.Name,
                });
            }

            return ids;
        }

        private string MainIntervention => interventions.Count > 0 ? interventions[0].Name : area.Drugs[0];

        private string PhaseText => phases switch
        {
            ["PHASE1", "PHASE2"] => "Phase 1/2",
            ["PHASE2", "PHASE3"] => "Phase 2/3",
            ["EARLY_PHASE1"] => "Phase 0",
            [var p] when p.StartsWith("PHASE", StringComparison.Ordinal) => "Phase " + p[5..],
            _ => string.Empty,
        };

        private string BriefTitle()
        {
            var cond = conditions[0];
            var drug = MainIntervention;
            string[] templates = studyType switch
            {
                "OBSERVATIONAL" =>
                [
                    "Registry of {pop} With {cond}", "Prospective Cohort Study of {cond} in {country}", "Biomarkers of Disease Progression in {cond}",
                    "Real-world Effectiveness of {drug} in {cond}", "Prevalence and Risk Factors of {cond} Among {pop}", "Long-term Outcomes of {pop} With {cond}",
                    "Observational Study of {drug} Use in {pop} With {cond}", "Quality of Life in {pop} Living With {cond}",
                ],
                "EXPANDED_ACCESS" =>
                [
                    "Expanded Access Program of {drug} for {pop} With {cond}", "Compassionate Use of {drug} in {cond}",
                    "Individual Patient Expanded Access of {drug} for {cond}",
                ],
                _ =>
                [
                    "A Study of {drug} in {pop} With {cond}", "Efficacy and Safety of {drug} in {pop} With {cond}", "{drug} Versus {cmp} in {pop} With {cond}",
                    "{drug} for the Treatment of {cond}", "Effect of {drug} on {out} in {cond}", "{drug} Compared to {cmp} for {cond}: A Randomized Controlled Trial",
                    "Safety and Tolerability of {drug} in {pop} With {cond}", "Study to Evaluate {drug} in Participants With {cond}",
                    "Long-term Extension Study of {drug} in {cond}", "Impact of {drug} on Quality of Life in {pop} With {cond}",
                ],
            };
            var title = Fill(random.Pick(templates));
            string[] extensions =
            [
                " in {country}", ": A Multicenter Study", ": A Pilot Study", " ({phase})", ": A Randomized Trial", " and {cond2}", " After {drug2}",
                ": Results at {dur}",
            ];
            for (var attempt = 0; title.Length < 60 && attempt < 4; attempt++)
            {
                var extension = random.Pick(extensions);
                if ((extension.Contains("{phase}", StringComparison.Ordinal) && PhaseText.Length == 0)
                    || (extension.Contains("{cond2}", StringComparison.Ordinal) && conditions.Count < 2)
                    || (extension.Contains("{drug2}", StringComparison.Ordinal) && interventions.Count < 2))
                {
                    continue;
                }

                title += Fill(extension);
            }

            return Truncate(title, 150);
        }

        private string OfficialTitle()
        {
            var design = new List<string>();
            if (studyType == "INTERVENTIONAL")
            {
                if (PhaseText.Length > 0)
                {
                    design.Add(PhaseText);
                }

                if (random.Chance(0.5))
                {
                    design.Add("Multicenter");
                }

                if (random.Chance(0.6))
                {
                    design.Add("Randomized");
                }

                if (random.Chance(0.35))
                {
                    design.Add(random.Pick(["Double-blind", "Open-label", "Single-blind", "Triple-blind"]));
                }

                if (comparator == "Placebo" && random.Chance(0.6))
                {
                    design.Add("Placebo-controlled");
                }

                var prefix = design.Count > 0 ? "A " + string.Join(", ", design) + " Study" : "A Study";
                return Truncate(Fill(prefix + random.Pick(
                [
                    " to Evaluate the Efficacy and Safety of {drug} in {pop} With {cond}",
                    " of {drug} Versus {cmp} in {pop} With {cond}",
                    " to Assess {out} With {drug} in {cond}",
                    " Evaluating {drug} in {pop} With Moderate to Severe {cond}",
                ])), 600);
            }

            return Truncate(Fill(random.Pick(
            [
                "A Prospective, Multicenter, Observational Cohort Study of {pop} With {cond} in {country}",
                "Retrospective Analysis of Treatment Patterns and Outcomes in {pop} With {cond}",
                "A Non-interventional Study to Describe {out} in {pop} With {cond} Treated With {drug}",
                "An Expanded Access Protocol for {drug} in {pop} With {cond} Who Have No Other Treatment Options",
            ])), 600);
        }

        private string Acronym(string title)
        {
            var initials = new string(title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 3 && char.IsUpper(w[0]))
                .Select(w => w[0])
                .Take(5)
                .ToArray());
            if (initials.Length < 2)
            {
                initials = lead.CodePrefix;
            }

            return random.Chance(0.3) ? string.Create(CultureInfo.InvariantCulture, $"{initials}-{random.Next(1, 10)}") : initials;
        }

        private JsonObject Status()
        {
            var module = new JsonObject();
            var lastUpdate = LastUpdate();
            module["statusVerifiedDate"] = Month(status == "UNKNOWN" ? lastUpdate.AddMonths(-random.Next(0, 3)) : lastUpdate);
            module["overallStatus"] = status;
            if (status == "UNKNOWN")
            {
                module["lastKnownStatus"] = random.Weighted<string>(
                    [("RECRUITING", 0.6), ("NOT_YET_RECRUITING", 0.15), ("ACTIVE_NOT_RECRUITING", 0.15), ("ENROLLING_BY_INVITATION", 0.1)]);
            }

            if (status is "TERMINATED" or "WITHDRAWN" or "SUSPENDED")
            {
                module["whyStopped"] = random.Pick(WhyStopped);
            }

            module["expandedAccessInfo"] = new JsonObject { ["hasExpandedAccess"] = studyType == "EXPANDED_ACCESS" || random.Chance(0.01) };
            var past = status is not ("NOT_YET_RECRUITING" or "WITHDRAWN");
            var done = status is "COMPLETED" or "TERMINATED";
            if (studyType != "EXPANDED_ACCESS" || random.Chance(0.5))
            {
                module["startDateStruct"] = DateStruct(start, past ? "ACTUAL" : "ESTIMATED", DayPrecision(start));
            }

            if (studyType != "EXPANDED_ACCESS")
            {
                module["primaryCompletionDateStruct"] = DateStruct(primaryCompletion, done ? "ACTUAL" : "ESTIMATED", DayPrecision(primaryCompletion));
                module["completionDateStruct"] = DateStruct(completion, done ? "ACTUAL" : "ESTIMATED", DayPrecision(completion));
            }

            var firstSubmit = FirstSubmit();
            var firstPost = Min(firstSubmit.AddDays(random.Next(1, 25)), Today);
            module["studyFirstSubmitDate"] = Day(firstSubmit);
            module["studyFirstSubmitQcDate"] = Day(Min(firstSubmit.AddDays(random.Next(0, 20)), firstPost));
            module["studyFirstPostDateStruct"] = DateStruct(firstPost, "ACTUAL", dayPrecision: true);
            var lastPost = Max(lastUpdate, firstPost);
            module["lastUpdateSubmitDate"] = Day(lastPost.AddDays(-random.Next(0, 4)) < firstSubmit ? firstSubmit : lastPost.AddDays(-random.Next(0, 4)));
            module["lastUpdatePostDateStruct"] = DateStruct(lastPost, "ACTUAL", dayPrecision: true);
            return module;
        }

        private DateOnly FirstSubmit()
        {
            var registered = start.AddDays(random.Next(-150, 200));
            return Min(Max(registered, new DateOnly(1999, 10, 1)), Today.AddDays(-1));
        }

        private DateOnly LastUpdate() => status switch
        {
            "COMPLETED" or "TERMINATED" => Min(completion.AddDays(random.Next(20, 900)), Today.AddDays(-random.Next(0, 30))),
            "UNKNOWN" => Min(completion.AddDays(-random.Next(0, 400)), Today.AddYears(-2)),
            "WITHDRAWN" => Min(start.AddDays(random.Next(0, 400)), Today.AddDays(-1)),
            _ => Today.AddDays(-(int)Math.Clamp(random.LogNormal(90, 1.0), 1, 1500)),
        };

        /// <summary>Registries allowed month-only dates until 2017; about 3 in 10 dates are still month-only.</summary>
        private bool DayPrecision(DateOnly date) => !random.Chance(date.Year < 2017 ? 0.55 : 0.1);

        private JsonObject Sponsors()
        {
            var responsibleType = random.Weighted<string>([("SPONSOR", 0.6), ("PRINCIPAL_INVESTIGATOR", 0.35), ("SPONSOR_INVESTIGATOR", 0.05)]);
            var responsible = new JsonObject { ["type"] = responsibleType };
            if (responsibleType != "SPONSOR")
            {
                responsible["investigatorFullName"] = PersonName();
                responsible["investigatorTitle"] = random.Pick(["Professor", "Principal Investigator", "Associate Professor", "MD, PhD", "Assistant Professor"]);
                responsible["investigatorAffiliation"] = lead.Name;
            }

            var module = new JsonObject
            {
                ["responsibleParty"] = responsible,
                ["leadSponsor"] = new JsonObject { ["name"] = lead.Name, ["class"] = lead.Class },
            };
            if (random.Chance(0.25))
            {
                var collaborators = new JsonArray();
                var count = random.Weighted<int>([(1, 0.7), (2, 0.2), (3, 0.1)]);
                var names = new HashSet<string>(StringComparer.Ordinal) { lead.Name };
                for (var i = 0; i < count; i++)
                {
                    var collaborator = generator.sponsors.Next(random, random.Chance(0.4) ? "INDUSTRY" : "OTHER");
                    if (names.Add(collaborator.Name))
                    {
                        collaborators.Add(new JsonObject { ["name"] = collaborator.Name, ["class"] = collaborator.Class });
                    }
                }

                module["collaborators"] = collaborators;
            }

            return module;
        }

        private JsonObject Description()
        {
            var module = new JsonObject { ["briefSummary"] = Paragraphs(Math.Clamp(random.LogNormal(650, 0.55), 300, 2000), paragraphs: false) };
            if (random.Chance(0.45))
            {
                module["detailedDescription"] = Paragraphs(Math.Clamp(random.LogNormal(1500, 0.8), 400, 8000), paragraphs: true);
            }

            return module;
        }

        private string Paragraphs(double target, bool paragraphs)
        {
            var text = new StringBuilder((int)target + 200);
            var first = studyType == "OBSERVATIONAL"
                ? StudyVocabulary.SummarySentences[10]
                : StudyVocabulary.SummarySentences[random.Next(2)];
            text.Append(Fill(first));
            var sentences = 1;
            while (text.Length < target)
            {
                var sentence = Fill(random.Pick(StudyVocabulary.SummarySentences));
                if (text.Length + sentence.Length + 1 > target + 150 && text.Length >= target * 0.8)
                {
                    break;
                }

                text.Append(paragraphs && ++sentences % 4 == 0 ? "\n\n" : " ").Append(sentence);
            }

            return text.ToString();
        }

        private JsonObject ConditionsModule()
        {
            var module = new JsonObject { ["conditions"] = Strings(conditions) };
            if (random.Chance(0.35))
            {
                var keywords = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Pick(area.Keywords)).Distinct(StringComparer.Ordinal).ToList();
                module["keywords"] = Strings(keywords);
            }

            return module;
        }

        private JsonObject Design()
        {
            var module = new JsonObject { ["studyType"] = studyType };
            if (studyType == "OBSERVATIONAL")
            {
                module["patientRegistry"] = random.Chance(0.1);
                module["designInfo"] = new JsonObject
                {
                    ["observationalModel"] = random.Weighted<string>(
                        [("COHORT", 0.6), ("CASE_CONTROL", 0.12), ("CASE_ONLY", 0.12), ("OTHER", 0.1), ("CASE_CROSSOVER", 0.02), ("ECOLOGIC_OR_COMMUNITY", 0.02), ("FAMILY_BASED", 0.02)]),
                    ["timePerspective"] = random.Weighted<string>([("PROSPECTIVE", 0.65), ("RETROSPECTIVE", 0.25), ("CROSS_SECTIONAL", 0.08), ("OTHER", 0.02)]),
                };
            }
            else if (studyType == "INTERVENTIONAL")
            {
                module["phases"] = Strings(phases);
                var single = interventions.Count < 2;
                var masking = random.Weighted<string>([("NONE", 0.55), ("SINGLE", 0.12), ("DOUBLE", 0.1), ("TRIPLE", 0.1), ("QUADRUPLE", 0.13)]);
                var maskingInfo = new JsonObject { ["masking"] = masking };
                if (masking != "NONE")
                {
                    string[] who = ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"];
                    var maskedCount = masking switch { "SINGLE" => 1, "DOUBLE" => 2, "TRIPLE" => 3, _ => 4 };
                    maskingInfo["whoMasked"] = Strings(who.Take(maskedCount));
                }

                module["designInfo"] = new JsonObject
                {
                    ["allocation"] = single && random.Chance(0.7) ? "NA" : random.Chance(0.8) ? "RANDOMIZED" : "NON_RANDOMIZED",
                    ["interventionModel"] = single && random.Chance(0.7)
                        ? "SINGLE_GROUP"
                        : random.Weighted<string>([("PARALLEL", 0.82), ("CROSSOVER", 0.1), ("FACTORIAL", 0.03), ("SEQUENTIAL", 0.03), ("SINGLE_GROUP", 0.02)]),
                    ["primaryPurpose"] = random.Weighted<string>(
                    [
                        ("TREATMENT", 0.6), ("PREVENTION", 0.1), ("SUPPORTIVE_CARE", 0.06), ("OTHER", 0.06), ("DIAGNOSTIC", 0.05), ("BASIC_SCIENCE", 0.06),
                        ("HEALTH_SERVICES_RESEARCH", 0.04), ("SCREENING", 0.01), ("DEVICE_FEASIBILITY", 0.01), ("ECT", 0.01),
                    ]),
                    ["maskingInfo"] = maskingInfo,
                };
            }
            else
            {
                module["expandedAccessTypes"] = new JsonObject { ["individual"] = random.Chance(0.5), ["intermediate"] = random.Chance(0.3), ["treatment"] = random.Chance(0.3) };
            }

            if (enrollment is { } count)
            {
                var actual = status is "COMPLETED" or "TERMINATED" or "WITHDRAWN" || (status == "ACTIVE_NOT_RECRUITING" && random.Chance(0.7));
                module["enrollmentInfo"] = new JsonObject { ["count"] = count, ["type"] = actual ? "ACTUAL" : "ESTIMATED" };
            }

            return module;
        }

        private JsonObject ArmsAndInterventions()
        {
            var module = new JsonObject();
            var arms = new JsonArray();
            var labels = new List<(string Label, List<string> Interventions)>();
            if (studyType == "INTERVENTIONAL" && interventions.Count > 0)
            {
                var experimental = interventions.Where(i => i.Name != comparator).ToList();
                var control = interventions.Where(i => i.Name == comparator).ToList();
                labels.Add((experimental.Count > 0 ? $"{experimental[0].Name} group" : "Experimental", experimental.Select(Label).ToList()));
                arms.Add(Arm(labels[0].Label, "EXPERIMENTAL", labels[0].Interventions));
                if (control.Count > 0)
                {
                    labels.Add((control[0].Name, control.Select(Label).ToList()));
                    arms.Add(Arm(control[0].Name, comparator is "Placebo" or "Saline" ? "PLACEBO_COMPARATOR" : comparator == "Sham procedure" ? "SHAM_COMPARATOR" : "ACTIVE_COMPARATOR", labels[1].Interventions));
                }
                else if (random.Chance(0.15))
                {
                    labels.Add(("Control", []));
                    arms.Add(Arm("Control", "NO_INTERVENTION", []));
                }
            }
            else if (studyType == "OBSERVATIONAL")
            {
                var cohorts = random.Next(1, 4);
                for (var i = 1; i <= cohorts; i++)
                {
                    var label = cohorts == 1 ? $"{population} with {conditions[0]}" : string.Create(CultureInfo.InvariantCulture, $"Cohort {i}");
                    labels.Add((label, interventions.Select(Label).ToList()));
                    arms.Add(new JsonObject
                    {
                        ["label"] = label,
                        ["description"] = Fill("{pop} with {cond} followed according to routine practice."),
                        ["interventionNames"] = Strings(interventions.Select(Label)),
                    });
                }
            }

            if (arms.Count > 0)
            {
                module["armGroups"] = arms;
            }

            if (interventions.Count > 0)
            {
                var list = new JsonArray();
                foreach (var (type, name) in interventions)
                {
                    var intervention = new JsonObject
                    {
                        ["type"] = type,
                        ["name"] = name,
                        ["description"] = Fill(random.Pick(
                        [
                            "{drug} administered according to the protocol schedule.", "Participants receive {drug} for {dur}.",
                            "Standardized administration as described in the protocol.", "Delivered by trained study staff over {dur}.",
                        ]).Replace("{drug}", name, StringComparison.Ordinal)),
                        ["armGroupLabels"] = Strings(labels.Where(l => l.Interventions.Contains(Label((type, name)))).Select(l => l.Label)),
                    };
                    if (random.Chance(0.15))
                    {
                        intervention["otherNames"] = Strings([name.ToUpperInvariant() == name ? name.Replace("-", string.Empty, StringComparison.Ordinal) : lead.CodePrefix + "-" + name.Length.ToString(CultureInfo.InvariantCulture) + "0"]);
                    }

                    list.Add(intervention);
                }

                module["interventions"] = list;
            }

            return module;

            static string Label((string Type, string Name) intervention)
                => $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(intervention.Type.ToLowerInvariant().Replace('_', ' '))}: {intervention.Name}";

            JsonObject Arm(string label, string type, List<string> names) => new()
            {
                ["label"] = label,
                ["type"] = type,
                ["description"] = Fill(type == "EXPERIMENTAL" ? "Participants receive {drug} for {dur}." : "Participants receive {cmp} for {dur}."),
                ["interventionNames"] = Strings(names),
            };
        }

        private JsonObject Outcomes()
        {
            var module = new JsonObject();
            var primary = new JsonArray { Outcome(primaryOutcome) };
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                primary.Add(Outcome(random.Pick(area.Outcomes)));
            }

            module["primaryOutcomes"] = primary;
            var secondaryCount = random.Weighted<int>([(0, 0.25), (1, 0.15), (2, 0.15), (3, 0.15), (4, 0.1), (6, 0.1), (8, 0.1)]);
            if (secondaryCount > 0)
            {
                var secondary = new JsonArray();
                for (var i = 0; i < secondaryCount; i++)
                {
                    secondary.Add(Outcome(random.Chance(0.7) ? random.Pick(area.Outcomes) : random.Pick(
                    [
                        "Number of participants with serious adverse events", "Health-related quality of life (SF-36)", "Hospital length of stay",
                        "Patient satisfaction", "Treatment adherence", "Healthcare costs",
                    ])));
                }

                module["secondaryOutcomes"] = secondary;
            }

            return module;

            JsonObject Outcome(string measure)
            {
                var outcome = new JsonObject { ["measure"] = measure };
                if (random.Chance(0.75))
                {
                    outcome["description"] = Fill(random.Pick(
                    [
                        "Assessed at each study visit and compared between groups.", "Measured by a blinded assessor using a validated instrument.",
                        "Defined according to the protocol and analyzed in the intention-to-treat population.", "Collected from medical records and participant diaries.",
                    ]));
                }

                outcome["timeFrame"] = random.Pick(StudyVocabulary.TimeFrames);
                return outcome;
            }
        }

        private JsonObject Eligibility()
        {
            var inclusion = Enumerable.Range(0, random.Next(3, 8)).Select(_ => Fill(random.Pick(StudyVocabulary.Criteria))).Distinct(StringComparer.Ordinal);
            var exclusion = Enumerable.Range(0, random.Next(3, 8)).Select(_ => Fill(random.Pick(StudyVocabulary.Exclusions))).Distinct(StringComparer.Ordinal);
            var criteria = "Inclusion Criteria:\n\n* " + string.Join("\n* ", inclusion) + "\n\nExclusion Criteria:\n\n* " + string.Join("\n* ", exclusion);
            var children = population is "Children" or "Adolescents" || area.Name == "Pediatrics and Neonatology";
            var (minimum, minYears) = children
                ? random.Weighted<(string, double)>([(("6 Months", 0.5), 0.3), (("2 Years", 2), 0.3), (("6 Years", 6), 0.2), (("12 Years", 12), 0.2)])
                : random.Weighted<(string, double)>([(("18 Years", 18), 0.8), (("12 Years", 12), 0.05), (("40 Years", 40), 0.06), (("50 Years", 50), 0.04), (("65 Years", 65), 0.05)]);
            (string? Text, double Years) maximum = children
                ? random.Weighted<(string?, double)>([(("17 Years", 17), 0.7), (("12 Years", 12), 0.2), ((null, 200), 0.1)])
                : random.Weighted<(string?, double)>([((null, 200), 0.55), (("65 Years", 65), 0.12), (("75 Years", 75), 0.12), (("80 Years", 80), 0.1), (("70 Years", 70), 0.06), (("45 Years", 45), 0.05)]);
            var ages = new List<string>();
            if (minYears < 18)
            {
                ages.Add("CHILD");
            }

            if (maximum.Years >= 18 && minYears < 65)
            {
                ages.Add("ADULT");
            }

            if (maximum.Years >= 65)
            {
                ages.Add("OLDER_ADULT");
            }

            var sex = area.Name == "Women's Health and Obstetrics" || population is "Women" or "Postmenopausal Women" ? "FEMALE" : population == "Men" ? "MALE" : random.Weighted<string>([("ALL", 0.9), ("FEMALE", 0.07), ("MALE", 0.03)]);
            var module = new JsonObject
            {
                ["eligibilityCriteria"] = criteria,
                ["healthyVolunteers"] = population == "Healthy Volunteers" || random.Chance(0.12),
                ["sex"] = sex,
                ["minimumAge"] = minimum,
            };
            if (maximum.Text is not null)
            {
                module["maximumAge"] = maximum.Text;
            }

            module["stdAges"] = Strings(ages);
            if (studyType == "OBSERVATIONAL")
            {
                module["studyPopulation"] = Fill("{pop} with {cond} seen at participating centers in {country}.");
                module["samplingMethod"] = random.Chance(0.7) ? "NON_PROBABILITY_SAMPLE" : "PROBABILITY_SAMPLE";
            }

            return module;
        }

        private JsonObject ContactsAndLocations()
        {
            var module = new JsonObject();
            var recruiting = status is "RECRUITING" or "NOT_YET_RECRUITING" or "ENROLLING_BY_INVITATION" or "AVAILABLE";
            if (recruiting && random.Chance(0.8))
            {
                var contacts = new JsonArray();
                for (var i = random.Next(1, 3); i > 0; i--)
                {
                    var name = PersonName();
                    contacts.Add(new JsonObject
                    {
                        ["name"] = name,
                        ["role"] = "CONTACT",
                        ["phone"] = string.Create(CultureInfo.InvariantCulture, $"+1 555 {random.Next(100, 999)} {random.Next(1000, 9999)}"),
                        ["email"] = Email(name),
                    });
                }

                module["centralContacts"] = contacts;
            }

            if (random.Chance(0.65))
            {
                module["overallOfficials"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["name"] = lead.Class == "INDUSTRY" && random.Chance(0.5) ? "Medical Director" : PersonName(),
                        ["affiliation"] = lead.Name,
                        ["role"] = random.Weighted<string>([("PRINCIPAL_INVESTIGATOR", 0.6), ("STUDY_DIRECTOR", 0.3), ("STUDY_CHAIR", 0.1)]),
                    },
                };
            }

            module["locations"] = Locations();
            return module;
        }

        private JsonArray Locations()
        {
            // Log-normal site counts: median 2, about 1 study in 100 with more than 50 sites; industry
            // studies of phase 2 and later are the large multinational ones.
            var large = lead.Class == "INDUSTRY" && phases.Any(p => p is "PHASE2" or "PHASE3" or "PHASE4");
            var count = (int)Math.Clamp(Math.Round(random.LogNormal(large ? 6 : 1.7, 1.35)), 1, 600);
            var foreign = count switch { 1 => 0.0, <= 3 => 0.05, <= 20 => 0.3, _ => 0.6 };
            var locations = new JsonArray();
            var home = generator.countriesByName[homeCountry];
            for (var i = 0; i < count; i++)
            {
                var country = random.Chance(foreign) ? StudyVocabulary.Countries[generator.countryTable.Next(random)] : home;
                var city = random.Pick(country.Cities);
                var location = new JsonObject
                {
                    ["facility"] = Facility(city),
                };
                var siteStatus = SiteStatus();
                if (siteStatus is not null)
                {
                    location["status"] = siteStatus;
                }

                location["city"] = city.Name;
                if (city.State is not null)
                {
                    location["state"] = city.State;
                }

                if (country.Name == "United States")
                {
                    location["zip"] = random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
                }
                else if (random.Chance(0.5))
                {
                    location["zip"] = random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture);
                }

                location["country"] = country.Name;
                if (random.Chance(0.9))
                {
                    location["geoPoint"] = new JsonObject { ["lat"] = city.Latitude, ["lon"] = city.Longitude };
                }

                locations.Add(location);
            }

            return locations;
        }

        private string? SiteStatus() => status switch
        {
            "RECRUITING" => random.Weighted<string>([("RECRUITING", 0.8), ("NOT_YET_RECRUITING", 0.1), ("ACTIVE_NOT_RECRUITING", 0.05), ("COMPLETED", 0.03), ("WITHDRAWN", 0.02)]),
            "NOT_YET_RECRUITING" => "NOT_YET_RECRUITING",
            "ENROLLING_BY_INVITATION" => "ENROLLING_BY_INVITATION",
            _ => null,
        };

        private string Facility(VocabularyCity city)
        {
            var pattern = lead.Class == "INDUSTRY" && random.Chance(0.4)
                ? random.Pick(["Research Site", "Investigational Site", "Local Institution", "{name} Research Associates", "Clinical Research Site {n}"])
                : random.Pick(StudyVocabulary.FacilityPatterns);
            return pattern.Replace("{city}", city.Name, StringComparison.Ordinal)
                .Replace("{name}", Faker.Name.LastName(), StringComparison.Ordinal)
                .Replace("{n}", random.Next(1, 999).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        private bool HasResults()
        {
            if (status is not ("COMPLETED" or "TERMINATED") || studyType != "INTERVENTIONAL" || completion.Year < 2008)
            {
                return false;
            }

            var likely = lead.Class is "INDUSTRY" or "NIH" || phases.Any(p => p is "PHASE2" or "PHASE3");
            return random.Chance(likely ? 0.42 : 0.12);
        }

        private JsonObject Derived()
        {
            var known = conditions
                .Select(name => StudyVocabulary.Areas.SelectMany(a => a.Conditions).FirstOrDefault(c => c.Name == name))
                .Where(c => c?.MeshTerm is not null)
                .Select(c => c!)
                .DistinctBy(c => c.MeshId)
                .ToList();
            var derived = new JsonObject
            {
                ["miscInfoModule"] = new JsonObject { ["versionHolder"] = Day(Today) },
            };
            if (known.Count > 0)
            {
                derived["conditionBrowseModule"] = new JsonObject
                {
                    ["meshes"] = new JsonArray(known.Select(c => (JsonNode)new JsonObject { ["id"] = c.MeshId, ["term"] = c.MeshTerm }).ToArray()),
                    ["browseLeaves"] = new JsonArray(known.Select(c => (JsonNode)new JsonObject
                    {
                        ["id"] = "M" + c.MeshId![1..].TrimStart('0'),
                        ["name"] = c.MeshTerm,
                        ["asFound"] = c.Name,
                        ["relevance"] = "HIGH",
                    }).ToArray()),
                };
            }

            return derived;
        }

        private string PersonName()
        {
            var name = $"{Faker.Name.FirstName()} {Faker.Name.LastName()}";
            return random.Chance(0.5) ? name + random.Pick([", MD", ", MD, PhD", ", PhD", ", MSc", ", RN"]) : name;
        }

        private static string Email(string name)
        {
            var local = new string(name.Split(',')[0].ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || c == ' ').ToArray()).Replace(' ', '.');
            return local + "@example.org";
        }

        private string Fill(string template)
        {
            if (!template.Contains('{', StringComparison.Ordinal))
            {
                return template;
            }

            var builder = new StringBuilder(template);
            builder.Replace("{cond}", conditions[0])
                .Replace("{cond2}", conditions.Count > 1 ? conditions[1] : conditions[0])
                .Replace("{drug}", MainIntervention)
                .Replace("{drug2}", interventions.Count > 1 ? interventions[1].Name : MainIntervention)
                .Replace("{cmp}", comparator)
                .Replace("{pop}", population)
                .Replace("{out}", primaryOutcome.Length > 0 ? char.ToLowerInvariant(primaryOutcome[0]) + primaryOutcome[1..] : "the primary outcome")
                .Replace("{n}", (enrollment ?? 100).ToString(CultureInfo.InvariantCulture))
                .Replace("{dur}", random.Pick(StudyVocabulary.Durations))
                .Replace("{country}", homeCountry)
                .Replace("{sponsor}", lead.Name)
                .Replace("{phase}", PhaseText);
            return builder.ToString();
        }

        private static string Truncate(string text, int max)
        {
            if (text.Length <= max)
            {
                return text;
            }

            var cut = text.LastIndexOf(' ', max);
            return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ':', ' ');
        }

        private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

        private static JsonObject DateStruct(DateOnly date, string type, bool dayPrecision)
            => new() { ["date"] = dayPrecision ? Day(date) : Month(date), ["type"] = type };

        private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }
}
