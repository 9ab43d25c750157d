using System.Xml.Linq;

namespace TrialRegistry.Import.Ictrp;

/// <summary>
/// One &lt;Trial&gt; of a WHO ICTRP portal export: flat leaf elements whose values WHO pads with a
/// newline and spaces, leaves empty (self-closing) or omits, and fills with HTML escaped as text.
/// </summary>
public sealed class IctrpTrial
{
    public IctrpTrial(XElement element, int recordNumber)
    {
        ArgumentNullException.ThrowIfNull(element);
        Element = element;
        RecordNumber = recordNumber;
    }

    public XElement Element { get; }

    /// <summary>1-based position of the trial in its file.</summary>
    public int RecordNumber { get; }

    public string? TrialId => Get(IctrpFields.TrialId);

    public string? SourceRegister => Get(IctrpFields.SourceRegister);

    /// <summary>The trimmed raw text of an element; null when it is absent, empty or blank.</summary>
    public string? Get(string name)
    {
        var value = Element.Element(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The element's text with its HTML (line breaks, paragraphs, entities) turned into plain text.</summary>
    public string? GetText(string name) => Get(name) is { } value ? IctrpValues.PlainText(value) : null;

    /// <summary>The ";"-separated values of an element, as plain text, without blanks and repeats.</summary>
    public List<string> GetList(string name)
        => (GetText(name) ?? string.Empty)
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
