using System.Text;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Tests.Import.Sources;

public sealed class ImportFormatsTests
{
    [Theory]
    [InlineData("studies.json", "{\"protocolSection\": {}}", "ctgov-v2-json")]
    [InlineData("download.txt", "[{\"protocolSection\": {}}]", "ctgov-v2-json")]
    [InlineData("page.json", "\uFEFF  {\"studies\": []}", "ctgov-v2-json")]
    [InlineData("NCT00000416.xml", "<clinical_study>\n  <id_info/>", "ctgov-legacy-xml")]
    [InlineData("misnamed.json", "<?xml version=\"1.0\"?>\n<clinical_study>", "ctgov-legacy-xml")]
    [InlineData("empty.json", "", "ctgov-v2-json")]
    [InlineData("empty.xml", "", "ctgov-legacy-xml")]
    [InlineData("bulk.zip", "PK\u0003\u0004rest", "zip")]
    [InlineData("bulk.bin", "PK\u0003\u0004rest", "zip")]
    public void Content_decides_first_and_the_extension_second(string fileName, string head, string format)
        => Assert.Equal(format, ImportFormats.Detect(fileName, Encoding.UTF8.GetBytes(head))?.Name);

    [Theory]
    [InlineData("notes.txt", "Dear admin,")]
    [InlineData("picture.png", "\u0089PNG")]
    public void A_file_no_format_reads_gets_null(string fileName, string head)
        => Assert.Null(ImportFormats.Detect(fileName, Encoding.UTF8.GetBytes(head)));
}
