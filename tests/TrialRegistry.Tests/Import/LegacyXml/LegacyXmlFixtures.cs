using System.Xml.Linq;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;

namespace TrialRegistry.Tests.Import.LegacyXml;

internal static class LegacyXmlFixtures
{
    public static readonly DateTimeOffset ImportedAt = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static XElement Load(string nctId) => XElement.Load(FixtureFiles.PathOf($"ctgov/legacy-xml/{nctId}.xml"));

    public static MappedTrial Map(string nctId, EntityResolver? resolver = null)
        => new LegacyXmlStudyMapper(resolver ?? new EntityResolver()).Map(Load(nctId), ImportedAt);

    public static IEnumerable<string> AllFiles() => Directory.EnumerateFiles(FixtureFiles.PathOf("ctgov/legacy-xml"), "*.xml").Order();
}
