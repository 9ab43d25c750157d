using System.Xml;

namespace TrialRegistry.Import.Sources;

/// <summary>How every XML import reads: async, no DTDs and no external resolver (no XXE, no entity bombs).</summary>
internal static class SafeXml
{
    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    });
}
