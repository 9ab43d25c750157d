using Bogus;
using TrialRegistry.Common;

namespace TrialRegistry.Generation;

/// <summary>A sponsor the generator can name: CT.gov agency class (API value) and home country.</summary>
internal sealed record GeneratedSponsor(string Name, string Class, string? Country, string CodePrefix);

/// <summary>
/// The organizations of a generated corpus: real large sponsors at the head and a few thousand
/// generated names in the tail, per CT.gov agency class. A lead sponsor is drawn by class first
/// (INDUSTRY ~35%, OTHER ~55%, NIH, FED, OTHER_GOV, NETWORK, INDIV), then by a Zipf-Mandelbrot rank
/// within the class, which gives the long tail CT.gov has (a few sponsors with thousands of studies,
/// most with one or two). Deterministic for a seed.
/// </summary>
internal sealed class SponsorTable
{
    private static readonly (string Class, double Weight)[] ClassWeights =
    [
        ("OTHER", 0.55), ("INDUSTRY", 0.35), ("NIH", 0.03), ("FED", 0.02), ("OTHER_GOV", 0.02), ("NETWORK", 0.025), ("INDIV", 0.005),
    ];

    private static readonly string[] Syllables =
    [
        "ax", "bio", "cel", "zy", "nov", "gen", "ther", "vir", "onc", "imm", "neu", "car", "pro", "lum", "ver", "aly", "ar", "cyt", "max",
        "tal", "ren", "sol", "qui", "mer", "den", "tra", "phy", "lex", "ori", "vel", "kin", "ze", "ap", "cor", "el", "syn", "ny", "ob",
    ];

    private static readonly string[] Endings = ["a", "is", "ex", "on", "ia", "ix", "ara", "ent", "yn", "ova", "ium", "eon", "ica", "o"];

    private readonly Dictionary<string, (List<GeneratedSponsor> Sponsors, WeightedTable Ranks)> byClass = new(StringComparer.Ordinal);
    private readonly WeightedTable classTable = new(ClassWeights.Select(c => c.Weight));
    private readonly WeightedTable countryTable = new(StudyVocabulary.Countries.Select(c => c.Weight));

    public SponsorTable(int seed, int generatedIndustry = 1500, int generatedOther = 2400)
    {
        var random = new Random(RandomExtensions.Mix(seed, -1));
        var faker = new Faker("en") { Random = new Randomizer(RandomExtensions.Mix(seed, -2)) };
        var taken = new HashSet<string>(StringComparer.Ordinal);

        var industry = StudyVocabulary.RealIndustry.Select(n => Sponsor(n, "INDUSTRY", IndustryCountry(random))).ToList();
        while (industry.Count < StudyVocabulary.RealIndustry.Length + generatedIndustry)
        {
            var word = Capitalize(random.Pick(Syllables) + random.Pick(Syllables) + random.Pick(Endings));
            var name = random.Chance(0.3) ? $"{faker.Name.LastName()} {random.Pick(StudyVocabulary.CompanySuffixes)}" : $"{word} {random.Pick(StudyVocabulary.CompanySuffixes)}";
            if (Take(name))
            {
                industry.Add(Sponsor(name, "INDUSTRY", IndustryCountry(random)));
            }
        }

        var other = StudyVocabulary.RealOther.Select(n => Sponsor(n, "OTHER", CountryOfRealInstitution(n))).ToList();
        while (other.Count < StudyVocabulary.RealOther.Length + generatedOther)
        {
            var country = StudyVocabulary.Countries[countryTable.Next(random)];
            var city = random.Pick(country.Cities);
            var name = random.Pick(StudyVocabulary.InstitutionPatterns).Replace("{city}", city.Name, StringComparison.Ordinal)
                .Replace("{name}", faker.Name.LastName(), StringComparison.Ordinal);
            if (Take(name))
            {
                other.Add(Sponsor(name, "OTHER", country.Name));
            }
        }

        var individuals = new List<GeneratedSponsor>();
        while (individuals.Count < 300)
        {
            var name = $"{faker.Name.FirstName()} {faker.Name.LastName()}";
            if (Take(name))
            {
                individuals.Add(Sponsor(name, "INDIV", StudyVocabulary.Countries[countryTable.Next(random)].Name));
            }
        }

        Add("INDUSTRY", industry, offset: 12);
        Add("OTHER", other, offset: 12);
        Add("NIH", StudyVocabulary.Nih.Select(n => Sponsor(n, "NIH", "United States")).ToList(), offset: 0.5);
        Add("FED", StudyVocabulary.Fed.Select(n => Sponsor(n, "FED", "United States")).ToList(), offset: 0.5);
        Add("OTHER_GOV", StudyVocabulary.OtherGov.Select(n => Sponsor(n, "OTHER_GOV", null)).ToList(), offset: 1);
        Add("NETWORK", StudyVocabulary.Networks.Select(n => Sponsor(n, "NETWORK", null)).ToList(), offset: 2);
        Add("INDIV", individuals, offset: 5);

        bool Take(string name) => taken.Add(NameNormalizer.Normalize(name));
    }

    public IReadOnlyList<GeneratedSponsor> All(string agencyClass) => byClass[agencyClass].Sponsors;

    public GeneratedSponsor NextLead(Random random) => Next(random, ClassWeights[classTable.Next(random)].Class);

    public GeneratedSponsor Next(Random random, string agencyClass)
    {
        var (sponsors, ranks) = byClass[agencyClass];
        return sponsors[ranks.Next(random)];
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static GeneratedSponsor Sponsor(string name, string agencyClass, string? country)
    {
        var letters = new string(name.Where(char.IsAsciiLetterUpper).Take(3).ToArray());
        if (letters.Length < 2)
        {
            letters = new string(name.Where(char.IsAsciiLetter).Take(3).ToArray()).ToUpperInvariant();
        }

        return new GeneratedSponsor(name, agencyClass, country, letters);
    }

    private string IndustryCountry(Random random)
        => random.Chance(0.3) ? "United States" : StudyVocabulary.Countries[countryTable.Next(random)].Name;

    private static readonly Dictionary<string, string> RealInstitutionCountries = new(StringComparer.Ordinal)
    {
        ["Fudan University"] = "China",
        ["Sun Yat-sen University"] = "China",
        ["Peking Union Medical College Hospital"] = "China",
        ["Zhejiang University"] = "China",
        ["Yonsei University"] = "Korea, Republic of",
        ["Samsung Medical Center"] = "Korea, Republic of",
        ["Asan Medical Center"] = "Korea, Republic of",
        ["Ain Shams University"] = "Egypt",
        ["Karolinska Institutet"] = "Sweden",
        ["McMaster University"] = "Canada",
        ["Hospital Israelita Albert Einstein"] = "Brazil",
        ["Chang Gung Memorial Hospital"] = "Taiwan",
        ["Tel-Aviv Sourasky Medical Center"] = "Israel",
        ["Hadassah Medical Organization"] = "Israel",
        ["Postgraduate Institute of Medical Education and Research"] = "India",
        ["Hacettepe University"] = "Turkey",
        ["Shahid Beheshti University of Medical Sciences"] = "Iran, Islamic Republic of",
        ["Aga Khan University"] = "Pakistan",
        ["Fondazione Policlinico Universitario Agostino Gemelli IRCCS"] = "Italy",
        ["University of Sao Paulo"] = "Brazil",
        ["University of California, San Francisco"] = "United States",
    };

    private static string CountryOfRealInstitution(string name)
    {
        if (RealInstitutionCountries.TryGetValue(name, out var known))
        {
            return known;
        }

        foreach (var country in StudyVocabulary.Countries)
        {
            if (name.Contains(country.Name, StringComparison.Ordinal) || country.Cities.Any(c => name.Contains(c.Name, StringComparison.Ordinal)))
            {
                return country.Name;
            }
        }

        return "United States";
    }

    private void Add(string agencyClass, List<GeneratedSponsor> sponsors, double offset)
        => byClass[agencyClass] = (sponsors, WeightedTable.Zipf(sponsors.Count, 1.0, offset));
}
