using System.Xml;
using System.Xml.Schema;

namespace TrialRegistry.Web.Tests.Seo;

/// <summary>
/// Validates XML against the sitemaps.org schemas embedded in this assembly (Schemas/*.xsd). The two
/// schemas declare loc and lastmod in the same namespace, so each lives in its own schema set.
/// </summary>
public static class SitemapSchemas
{
    public static XmlSchemaSet UrlSet { get; } = Load("sitemap.xsd");

    public static XmlSchemaSet Index { get; } = Load("siteindex.xsd");

    /// <summary>Every validation error and warning; warnings count too, since an undeclared root element is only a warning.</summary>
    public static List<string> Problems(string xml, XmlSchemaSet schemas)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Add("Not well-formed: " + e.Message);
        }

        return problems;
    }

    private static XmlSchemaSet Load(string name)
    {
        using var stream = typeof(SitemapSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in the test assembly.");
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(stream);
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
