using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using TrialRegistry.Import.CtGov;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// ClinicalTrials.gov legacy XML: a file with one &lt;clinical_study&gt; (the old per-study download),
/// or any wrapper holding several. Read with an <see cref="XmlReader"/> that refuses DTDs and
/// resolves nothing (no XXE, no entity expansion), one study element at a time.
/// </summary>
public sealed class LegacyXmlFormat : IImportFormat
{
    private const string StudyElement = "clinical_study";

    public string Name => LegacyXmlStudyMapper.SourceName;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        var content = ImportFormats.SkipBomAndWhitespace(head);
        if (!content.IsEmpty && content[0] == (byte)'<')
        {
            // The root, after any declaration and comments, is in the first KBs.
            return content.IndexOf("<clinical_study"u8) >= 0;
        }

        return content.IsEmpty && ImportFormats.HasExtension(fileName, ".xml");
    }

    public async IAsyncEnumerable<ImportItem> ReadAsync(
        Stream stream, string fileName, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new LegacyXmlStudyMapper(context.Resolver);
        using var reader = SafeXml.CreateReader(stream);
        var lineInfo = (IXmlLineInfo)reader;
        var records = 0;
        var positioned = false;
        while (true)
        {
            XElement? study = null;
            string? location = null;
            UnreadableRecord? problem = null;
            try
            {
                if (!positioned && !await reader.ReadAsync())
                {
                    break;
                }

                positioned = false;
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == StudyElement)
                {
                    records++;
                    location = $"record {records} (line {lineInfo.LineNumber})";
                    study = (XElement)await XNode.ReadFromAsync(reader, cancellationToken);

                    // ReadFrom leaves the reader on the node after the study.
                    positioned = !reader.EOF;
                }
            }
            catch (XmlException e) when (records == 0 && reader.NodeType == XmlNodeType.None && e.Message.StartsWith("Root element is missing", StringComparison.Ordinal))
            {
                problem = new UnreadableRecord(fileName, "line 1", null, "The file is empty: it holds no ClinicalTrials.gov study.");
            }
            catch (XmlException e)
            {
                // Some errors (a DTD) come without a place; the reader still knows where it stands.
                var (line, position) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : (lineInfo.LineNumber, lineInfo.LinePosition);
                problem = line > 0
                    ? new UnreadableRecord(fileName, $"line {line}", null, $"Malformed XML at line {line}, position {position}: {Reason(e)}; the rest of the file is not read.")
                    : new UnreadableRecord(fileName, "the file", null, $"Malformed XML: {Reason(e)}; the file is not read.");
            }
            catch (Exception e) when (e is IOException or InvalidDataException or DecoderFallbackException)
            {
                problem = new UnreadableRecord(fileName, $"line {lineInfo.LineNumber}", null, $"The file could not be read: {e.Message}");
            }

            if (problem is not null)
            {
                yield return problem;
                yield break;
            }

            if (study is not null)
            {
                yield return Map(mapper, study, fileName, location!, context.ImportedAt);
            }
        }

        if (records == 0)
        {
            yield return new UnreadableRecord(fileName, "line 1", null, stream.CanSeek && stream.Length == 0
                ? "The file is empty: it holds no ClinicalTrials.gov study."
                : "The file holds no <clinical_study> element: it is not ClinicalTrials.gov legacy XML.");
        }
    }

    private static ImportItem Map(LegacyXmlStudyMapper mapper, XElement study, string fileName, string location, DateTimeOffset importedAt)
    {
        try
        {
            return new ReadStudy(fileName, location, mapper.Map(study, importedAt));
        }
        catch (RecordMappingException e)
        {
            var nctId = study.Element("id_info")?.Element("nct_id")?.Value.Trim();
            return new UnreadableRecord(fileName, location, string.IsNullOrEmpty(nctId) ? null : nctId, $"Record cannot be imported: {e.Message}");
        }
    }

    /// <summary>The XmlException message without its own " Line 3, position 5." tail (the place is given once).</summary>
    private static string Reason(XmlException e)
    {
        var cut = e.Message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? e.Message[..cut] : e.Message).TrimEnd('.');
    }
}
