using System.Globalization;
using System.Text.Json.Nodes;
using TrialRegistry.Import.LinkedRecords;
using C = TrialRegistry.Import.LinkedRecords.LinkedRecordCsvColumns;

namespace TrialRegistry.Generation;

/// <summary>
/// Clinical results, translational studies, patents and deals for the products of a generated
/// corpus, as rows of the registry's own linked-record CSV templates (by template column). It first
/// <see cref="Observe"/>s every study (which trials test which product, their indications, phases and
/// collaborators), then draws each used product's records from the product's own random stream, so the
/// rows are the same for the same seed and count. Every name a row holds is registered once the
/// products are seeded and the studies imported: products, their developers, the trials'
/// collaborators, the trials themselves. Publication numbers, DOIs and PubMed ids are unique in the corpus.
/// </summary>
internal sealed class LinkedRecordGenerator(int seed, IReadOnlyList<GeneratedProduct> products)
{
    private const int TrialsKept = 8;

    private static readonly string[] Journals =
    [
        "Journal of Clinical Oncology", "The Lancet", "New England Journal of Medicine", "Clinical Pharmacology & Therapeutics",
        "Stem Cell Research & Therapy", "Nature Medicine", "Blood", "Annals of the Rheumatic Diseases", "Diabetes Care", "ASCO Annual Meeting",
        "ESMO Congress", "American Heart Association Scientific Sessions", "Frontiers in Immunology", "British Journal of Pharmacology",
    ];

    private static readonly string[] Currencies = ["USD", "USD", "USD", "EUR", "EUR", "GBP", "JPY", "CHF"];

    private readonly Dictionary<string, int> productIndex = products.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
    private readonly Usage?[] usage = new Usage?[products.Count];

    /// <summary>Rows of each kind, by column, in product order.</summary>
    public Dictionary<LinkedRecordCsvKind, List<Dictionary<string, string>>> Rows { get; } = Enum.GetValues<LinkedRecordCsvKind>().ToDictionary(k => k, _ => new List<Dictionary<string, string>>());

    /// <summary>Notes which products a study tests (by intervention name, as the importer links them).</summary>
    public void Observe(JsonObject study)
    {
        var protocol = study["protocolSection"]!.AsObject();
        var lead = protocol["sponsorCollaboratorsModule"]!["leadSponsor"]!["name"]!.GetValue<string>();
        if (protocol["armsInterventionsModule"]?["interventions"] is not JsonArray interventions)
        {
            return;
        }

        foreach (var intervention in interventions)
        {
            var name = intervention!["name"]!.GetValue<string>();
            if (!productIndex.TryGetValue(name, out var index) || products[index].Developer != lead)
            {
                continue;
            }

            var used = usage[index] ??= new Usage();
            used.Studies++;
            if (used.Trials.Count < TrialsKept)
            {
                used.Trials.Add(protocol["identificationModule"]!["nctId"]!.GetValue<string>());
                used.Indications.Add(protocol["conditionsModule"]!["conditions"]![0]!.GetValue<string>());
                if (protocol["designModule"]?["phases"] is JsonArray phases)
                {
                    used.Phases.UnionWith(phases.Select(p => p!.GetValue<string>()));
                }

                if (protocol["sponsorCollaboratorsModule"]!["collaborators"] is JsonArray collaborators)
                {
                    used.Partners.UnionWith(collaborators.Select(c => c!["name"]!.GetValue<string>()).Where(n => n != lead));
                }
            }
        }
    }

    /// <summary>Draws the records of every product some study tests.</summary>
    public void Generate()
    {
        var numbers = new Numbers(seed);
        for (var i = 0; i < products.Count; i++)
        {
            if (usage[i] is { } used)
            {
                new ProductRecords(this, products[i], used, new Random(RandomExtensions.Mix(seed, 2_000_000_000L + i)), numbers).Draw();
            }
        }
    }

    private sealed class Usage
    {
        public int Studies { get; set; }

        public List<string> Trials { get; } = [];

        public List<string> Indications { get; } = [];

        public SortedSet<string> Phases { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Partners { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Serial numbers unique in the corpus: patents are unique registry-wide, papers are matched by DOI.</summary>
    private sealed class Numbers(int seed)
    {
        private int next = Math.Abs(seed % 400_000);

        public int Next() => ++next;
    }

    private sealed class ProductRecords(LinkedRecordGenerator owner, GeneratedProduct product, Usage used, Random random, Numbers numbers)
    {
        private static readonly DateOnly Today = StudyGenerator.Today;

        public void Draw()
        {
            // Products tested in more studies have more published about them.
            var weight = Math.Log2(1 + used.Studies);
            for (var n = Count(1.0 * weight); n > 0; n--)
            {
                owner.Rows[LinkedRecordCsvKind.ClinicalResults].Add(ClinicalResult());
            }

            for (var n = Count(0.6 * weight); n > 0; n--)
            {
                owner.Rows[LinkedRecordCsvKind.TranslationalMedicine].Add(TranslationalStudy());
            }

            for (var n = Count(0.8 * weight); n > 0; n--)
            {
                owner.Rows[LinkedRecordCsvKind.Patents].Add(Patent());
            }

            for (var n = Count(0.3 * weight); n > 0; n--)
            {
                owner.Rows[LinkedRecordCsvKind.Deals].Add(Deal());
            }
        }

        private int Count(double mean) => (int)Math.Min(12, Math.Round(random.NextDouble() * 2 * mean));

        private Dictionary<string, string> ClinicalResult()
        {
            var serial = numbers.Next();
            var indication = random.Pick(used.Indications);
            var phase = used.Phases.Count > 0 ? random.Pick(used.Phases.ToList()) : "NA";
            var source = random.Weighted<string>([("Publication", 0.5), ("Conference", 0.3), ("Press release", 0.1), ("Registry results", 0.1)]);
            var outcome = random.Pick(["overall survival", "the primary end point", "the response rate", "safety and tolerability", "time to progression", "quality of life"]);
            return new(StringComparer.Ordinal)
            {
                [C.Products] = product.Name,
                [C.Title] = string.Create(CultureInfo.InvariantCulture, $"{PhaseWords(phase)} results of {product.Name} in {indication} ({serial})"),
                [C.Source] = source,
                [C.Date] = Date(2008),
                [C.Indication] = indication,
                [C.Phases] = PhaseWords(phase),
                [C.OutcomeSummary] = string.Create(CultureInfo.InvariantCulture,
                    $"{product.Name} {random.Pick(["improved", "did not improve", "numerically improved", "significantly improved"])} {outcome} versus control in {random.Next(20, 900)} participants."),
                [C.Doi] = Doi(serial),
                [C.PubMedId] = PubMedId(serial),
                [C.Link] = string.Create(CultureInfo.InvariantCulture, $"https://example.org/results/{serial}"),
                [C.Organizations] = Organizations(),
                [C.Trials] = Trials(),
            };
        }

        private Dictionary<string, string> TranslationalStudy()
        {
            var serial = numbers.Next();
            var kind = random.Pick(["In vitro", "In vivo", "Ex vivo", "Biomarker", "Pharmacology", "Manufacturing", "Review", "Other"]);
            return new(StringComparer.Ordinal)
            {
                [C.Products] = product.Name,
                [C.Title] = string.Create(CultureInfo.InvariantCulture, $"{kind} study of {product.Name}: {random.Pick(["mechanism of action", "dose-response", "pharmacokinetics", "target engagement", "immunogenicity", "stability"])} ({serial})"),
                [C.Kind] = kind,
                [C.Date] = Date(2005),
                [C.Venue] = random.Pick(Journals),
                [C.Summary] = string.Create(CultureInfo.InvariantCulture, $"{product.Name} was characterized in {random.Pick(["cell lines", "a mouse model", "patient samples", "healthy donor cells"])}."),
                [C.Doi] = Doi(serial),
                [C.PubMedId] = random.Chance(0.7) ? PubMedId(serial) : string.Empty,
                [C.Link] = string.Empty,
                [C.Organizations] = Organizations(),
                [C.Trials] = random.Chance(0.5) ? Trials() : string.Empty,
            };
        }

        private Dictionary<string, string> Patent()
        {
            var serial = numbers.Next();
            var priority = DateOnly.Parse(Date(2000), CultureInfo.InvariantCulture);
            var filing = priority.AddDays(random.Next(300, 366));
            var publication = filing.AddDays(random.Next(150, 550));
            var status = publication > Today
                ? "Pending"
                : random.Weighted<string>([("Granted", 0.45), ("Pending", 0.3), ("Expired", 0.05), ("Lapsed", 0.1), ("Withdrawn", 0.1)]);
            var grant = status == "Granted" ? publication.AddDays(random.Next(200, 1400)) : (DateOnly?)null;
            return new(StringComparer.Ordinal)
            {
                [C.Products] = product.Name,
                [C.PublicationNumber] = string.Create(CultureInfo.InvariantCulture, $"WO {filing.Year}/{serial % 1_000_000:D6} A1"),
                [C.Title] = string.Create(CultureInfo.InvariantCulture, $"{random.Pick(["Compositions comprising", "Methods of treatment with", "Crystalline forms of", "Formulations of", "Process for preparing"])} {product.Name}"),
                [C.LegalStatus] = status,
                [C.PatentType] = random.Pick(["Product", "Combination", "Process", "New use", "Formulation", "Other"]),
                [C.PriorityDate] = Day(priority),
                [C.FilingDate] = Day(filing),
                [C.PublicationDate] = publication <= Today ? Day(publication) : string.Empty,
                [C.GrantDate] = grant is { } g && g <= Today ? Day(g) : string.Empty,
                [C.Abstract] = string.Create(CultureInfo.InvariantCulture, $"The invention relates to {product.Name} and its use in {random.Pick(used.Indications)}."),
                [C.Link] = string.Empty,
                [C.Assignees] = product.Developer,
                [C.Trials] = string.Empty,
            };
        }

        private Dictionary<string, string> Deal()
        {
            var serial = numbers.Next();
            var type = random.Pick(["Licensing", "Collaboration", "Co-development", "Acquisition", "Option", "Supply", "Manufacturing"]);
            var partner = used.Partners.Count > 0 ? random.Pick(used.Partners.ToList()) : null;
            var value = random.Chance(0.7) ? (decimal?)Math.Round((decimal)random.LogNormal(50_000_000, 1.5), 0) : null;
            var upfront = value is { } v && random.Chance(0.7) ? Math.Round(v * (decimal)(0.05 + random.NextDouble() * 0.3), 0) : (decimal?)null;
            var milestones = value is { } total && upfront is { } up && random.Chance(0.7) ? total - up : (decimal?)null;
            return new(StringComparer.Ordinal)
            {
                [C.Products] = product.Name,
                [C.Title] = string.Create(CultureInfo.InvariantCulture, $"{type} agreement for {product.Name} ({serial})"),
                [C.Date] = Date(2005),
                [C.DealType] = type,
                [C.Status] = random.Pick(["Announced", "Active", "Active", "Completed", "Terminated"]),
                [C.Value] = Amount(value),
                [C.Currency] = value is null ? string.Empty : random.Pick(Currencies),
                [C.Upfront] = Amount(upfront),
                [C.Milestones] = Amount(milestones),
                [C.Summary] = string.Create(CultureInfo.InvariantCulture, $"{product.Developer} and {partner ?? "a partner"} agreed on the {type.ToLowerInvariant()} of {product.Name}."),
                [C.Link] = string.Empty,
                [C.Principals] = product.Developer,
                [C.Partners] = partner ?? string.Empty,
                [C.Trials] = random.Chance(0.3) ? Trials() : string.Empty,
            };
        }

        private string Organizations()
            => used.Partners.Count > 0 && random.Chance(0.4) ? $"{product.Developer}|{random.Pick(used.Partners.ToList())}" : product.Developer;

        private string Trials() => string.Join('|', used.Trials.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(3, used.Trials.Count) + 1)));

        private string Date(int fromYear) => Day(new DateOnly(fromYear, 1, 1).AddDays(random.Next(Today.DayNumber - new DateOnly(fromYear, 1, 1).DayNumber)));

        private static string Doi(int serial) => string.Create(CultureInfo.InvariantCulture, $"10.5555/trialregistry.bench.{serial}");

        private static string PubMedId(int serial) => (30_000_000 + serial).ToString(CultureInfo.InvariantCulture);

        private static string Amount(decimal? amount) => amount?.ToString("0", CultureInfo.InvariantCulture) ?? string.Empty;

        private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string PhaseWords(string phase) => phase switch
        {
            "EARLY_PHASE1" => "Early phase 1",
            "NA" => "Not applicable",
            _ => "Phase " + phase[5..],
        };
    }
}
