using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using TrialRegistry.Import.Ictrp;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// The WHO ICTRP portal export ("Export results to XML"): root &lt;Trials_downloaded_from_ICTRP&gt;
/// holding flat &lt;Trial&gt; elements. Read with an <see cref="XmlReader"/> one trial at a time
/// (DTDs prohibited). The registers' own feeds to WHO (root &lt;trials&gt;, nested &lt;trial&gt;
/// elements, e.g. ReBEC) are another format and are refused with a message saying so.
/// </summary>
public sealed class IctrpXmlFormat : IImportFormat
{
    public const string FormatName = IctrpMapper.SourceName;

    public string Name => FormatName;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        // By content: the portal export's root element names the format, whatever the file is called.
        return Encoding.UTF8.GetString(head).Contains($"<{IctrpFields.Root}", StringComparison.Ordinal);
    }

    public async IAsyncEnumerable<ImportItem> ReadAsync(
        Stream stream, string fileName, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        using var reader = SafeXml.CreateReader(stream);
        var mapper = new IctrpMapper(context.Resolver);

        var (root, rootError) = await ReadRootAsync(reader);
        if (rootError is not null)
        {
            yield return new UnreadableRecord(fileName, Where(reader), null, rootError);
            yield break;
        }

        if (root != IctrpFields.Root)
        {
            var feed = root is "trials" ? " (a register's feed to WHO, such as ReBEC's, which this reader does not read)" : string.Empty;
            yield return new UnreadableRecord(fileName, Where(reader), null,
                $"not a WHO ICTRP export: the root element is <{root}>{feed}, not <{IctrpFields.Root}>");
            yield break;
        }

        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = $"trial {number + 1}";
            var (element, error) = await ReadNextTrialAsync(reader);
            if (error is not null)
            {
                yield return new UnreadableRecord(fileName, location, null, $"{location}: malformed XML ({error})");
                yield break;
            }

            if (element is null)
            {
                yield break;
            }

            number++;
            var trial = new IctrpTrial(element, number);
            ImportItem item;
            try
            {
                item = new ReadStudy(fileName, location, mapper.Map(trial, context.ImportedAt));
            }
            catch (RecordMappingException e)
            {
                item = new UnreadableRecord(fileName, location, trial.TrialId, e.Message);
            }

            yield return item;
        }
    }

    private static string Where(XmlReader reader)
        => reader is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "line 1";

    private static async Task<(string? Root, string? Error)> ReadRootAsync(XmlReader reader)
    {
        try
        {
            return await reader.MoveToContentAsync() == XmlNodeType.Element
                ? (reader.LocalName, null)
                : (null, "The file is empty: it holds no XML element.");
        }
        catch (XmlException e)
        {
            return (null, IsEmpty(e) ? "The file is empty: it holds no XML element." : $"malformed XML ({e.Message})");
        }
        catch (DecoderFallbackException)
        {
            return (null, "the file is not in the encoding its XML declaration names");
        }
    }

    /// <summary>Moves to the next &lt;Trial&gt; child of the root and reads it whole (one trial in memory at a time).</summary>
    private static async Task<(XElement? Trial, string? Error)> ReadNextTrialAsync(XmlReader reader)
    {
        try
        {
            while (true)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == IctrpFields.Trial)
                {
                    return ((XElement)await XNode.ReadFromAsync(reader, CancellationToken.None), null);
                }

                if (!await reader.ReadAsync())
                {
                    return (null, null);
                }
            }
        }
        catch (XmlException e)
        {
            return (null, e.Message);
        }
        catch (DecoderFallbackException e)
        {
            return (null, e.Message);
        }
    }

    private static bool IsEmpty(XmlException e) => e.LineNumber <= 1 && e.LinePosition <= 1 && e.Message.Contains("Root element is missing", StringComparison.Ordinal);
}
