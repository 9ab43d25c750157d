using System.Text;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Tests.Import.Sources;

public sealed class LegacyXmlFormatTests
{
    private readonly LegacyXmlFormat format = new();

    [Fact]
    public async Task A_single_record_file_yields_its_study()
    {
        var items = await FormatReading.ReadAllAsync(format, FormatReading.LegacyFile("NCT00008749"), "NCT00008749.xml");

        var study = Assert.IsType<ReadStudy>(Assert.Single(items));
        Assert.Equal(("NCT00008749.xml", "record 1 (line 1)", "NCT00008749"), (study.File, study.Location, study.Mapped.Trial.RegistryId));
        Assert.Equal("ctgov-legacy-xml", study.Mapped.Trial.Source);
    }

    [Fact]
    public async Task A_wrapper_with_several_records_yields_each()
    {
        var content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<search_results>\n"
            + string.Join('\n', new[] { "NCT00008749", "NCT00000416", "NCT00463060" }.Select(id => Encoding.UTF8.GetString(FormatReading.LegacyFile(id))))
            + "\n</search_results>";

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "three.xml");

        Assert.Equal(["NCT00008749", "NCT00000416", "NCT00463060"], items.Select(i => Assert.IsType<ReadStudy>(i).Mapped.Trial.RegistryId));
        Assert.Equal($"record 2 (line {LineOf(content, content.IndexOf("<clinical_study>", 100, StringComparison.Ordinal))})", items[1].Location);
    }

    [Fact]
    public async Task Truncated_xml_is_reported_at_its_line_after_the_records_before_it()
    {
        var second = Encoding.UTF8.GetString(FormatReading.LegacyFile("NCT00000416"));
        var content = "<search_results>\n" + Encoding.UTF8.GetString(FormatReading.LegacyFile("NCT00008749")) + "\n" + second[..2000];

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "cut.xml");

        Assert.Equal(2, items.Count);
        Assert.IsType<ReadStudy>(items[0]);
        var problem = Assert.IsType<UnreadableRecord>(items[1]);
        var lastLine = LineOf(content, content.Length - 1);
        Assert.Equal(("cut.xml", $"line {lastLine}"), (problem.File, problem.Location));
        Assert.Equal(
            $"Malformed XML at line {lastLine}, position {content.Length - content.LastIndexOf('\n') + 0}: Unexpected end of file has occurred. The following elements are not closed: textblock, brief_summary, clinical_study, search_results; the rest of the file is not read.",
            problem.Message);
    }

    [Fact]
    public async Task A_dtd_is_refused_so_no_external_entity_is_read()
    {
        const string Xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE clinical_study [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<clinical_study><brief_title>&xxe;</brief_title></clinical_study>";

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(Xxe), "xxe.xml");

        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.StartsWith("Malformed XML: For security reasons DTD is prohibited in this XML document", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "The file is empty: it holds no ClinicalTrials.gov study.")]
    [InlineData("<Trials_downloaded_from_ICTRP><Trial/></Trials_downloaded_from_ICTRP>", "The file holds no <clinical_study> element: it is not ClinicalTrials.gov legacy XML.")]
    [InlineData("{\"studies\": []}", "Malformed XML at line 1, position 1: Data at the root level is invalid; the rest of the file is not read.")]
    public async Task A_file_that_is_not_legacy_xml_gets_one_message(string content, string message)
    {
        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "upload.xml");

        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("upload.xml", message), (problem.File, problem.Message));
    }

    [Fact]
    public async Task Invalid_utf8_is_named_with_its_place()
    {
        var content = Encoding.Latin1.GetBytes("<clinical_study><brief_title>Caf\u00e9</brief_title></clinical_study>");

        var items = await FormatReading.ReadAllAsync(format, content, "latin1.xml");

        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.StartsWith("Malformed XML at line 1, position 33: Invalid character in the given encoding", problem.Message, StringComparison.Ordinal);
    }

    private static int LineOf(string content, int index) => content[..index].Count(c => c == '\n') + 1;
}
