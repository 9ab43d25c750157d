using System.Globalization;

namespace TrialRegistry.Generation;

/// <summary>
/// A product of a generated corpus: a coded compound ("ABC-4711") of an industry sponsor, named as
/// its studies name the intervention, with the developer as the studies name their lead sponsor
/// (class as the CT.gov API writes it). <see cref="Type"/> is a <c>Products.ProductType</c> name.
/// </summary>
public sealed record GeneratedProduct(string Name, string Type, string Developer, string DeveloperClass, string? DeveloperCountry);

/// <summary>
/// The products of a seed. Industry studies name one of their sponsor's few coded compounds (see
/// <see cref="StudyGenerator"/>), so the compounds of the most frequent industry sponsors are the
/// products a registry would curate: registered before an import, they get linked to those studies'
/// interventions by name and carry the linked records <see cref="LinkedRecordGenerator"/> writes.
/// </summary>
internal static class ProductCatalog
{
    /// <summary>Coded compounds per industry sponsor.</summary>
    public const int CompoundsPerSponsor = 6;

    /// <summary>Industry sponsors (most frequent first) whose compounds are products.</summary>
    public const int Developers = 150;

    private static readonly string[] Types = ["SmallMolecule", "SmallMolecule", "SmallMolecule", "Antibody", "Biologic", "CellTherapy"];

    /// <summary>Compound <paramref name="number"/> (0 to <see cref="CompoundsPerSponsor"/> - 1) of a sponsor.</summary>
    public static string CodeName(GeneratedSponsor sponsor, int number)
    {
        var compound = RandomExtensions.Mix(StableHash(sponsor.Name), number);
        return string.Create(CultureInfo.InvariantCulture, $"{sponsor.CodePrefix}-{100 + (compound % 99900)}");
    }

    public static IReadOnlyList<GeneratedProduct> For(SponsorTable sponsors)
    {
        var products = new List<GeneratedProduct>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sponsor in sponsors.All("INDUSTRY").Take(Developers))
        {
            for (var number = 0; number < CompoundsPerSponsor; number++)
            {
                // Two sponsors with the same prefix could draw the same code: the first keeps it, so a
                // product name stays unique and its CSV rows name one product.
                var name = CodeName(sponsor, number);
                if (names.Add(name))
                {
                    products.Add(new GeneratedProduct(name, Types[number], sponsor.Name, sponsor.Class, sponsor.Country));
                }
            }
        }

        return products;
    }

    private static int StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomized per process, and the corpus must not be.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
