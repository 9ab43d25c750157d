using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// Maps one legacy ClinicalTrials.gov record (&lt;clinical_study&gt;) to a trial: the record is
/// rewritten as its API v2 equivalent (<see cref="LegacyXmlStudyConverter"/>) and mapped by
/// <see cref="CtGovStudyMapper"/>, so the same study from JSON and from XML yields the same trial.
/// The source record is the XML itself, whole, wrapped as
/// {"format":"ctgov-legacy-xml","xml":"&lt;clinical_study&gt;…"}; the hash is of that XML text.
/// </summary>
public sealed class LegacyXmlStudyMapper(EntityResolver resolver)
{
    public const string SourceName = "ctgov-legacy-xml";

    /// <exception cref="RecordMappingException">The record has no NCT id, no title or no sponsor.</exception>
    public MappedTrial Map(XElement study, DateTimeOffset importedAt)
    {
        if (study.Name.LocalName != "clinical_study")
        {
            throw new RecordMappingException($"A legacy record must be a <clinical_study> element, not <{study.Name.LocalName}>.");
        }

        using var v2 = JsonSerializer.SerializeToDocument(LegacyXmlStudyConverter.ToV2Study(study));
        var mapped = new CtGovStudyMapper(resolver).Map(v2.RootElement, importedAt);

        var trial = mapped.Trial;
        trial.SourceRecord?.Dispose();
        var xml = Serialize(study);
        trial.Source = SourceName;
        trial.SourceRecord = JsonSerializer.SerializeToDocument(new JsonObject { ["format"] = SourceName, ["xml"] = xml });
        trial.SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        return mapped;
    }

    /// <summary>The element as text; carriage returns stay character references (&amp;#xD;) so the text round-trips exactly.</summary>
    private static string Serialize(XElement study)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, NewLineHandling = NewLineHandling.Entitize };
        using (var writer = XmlWriter.Create(text, settings))
        {
            study.WriteTo(writer);
        }

        return text.ToString();
    }
}
