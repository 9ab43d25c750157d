using System.Text;
using TrialRegistry.Generation;
using TrialRegistry.Import;
using TrialRegistry.Import.Sources;
using TrialRegistry.Tests.Import.LegacyXml;

namespace TrialRegistry.Tests.Import.Sources;

[Collection(MemoryMeasurementCollection.Name)]
public sealed class CtGovJsonFormatTests
{
    private readonly CtGovJsonFormat format = new();

    [Fact]
    public async Task A_study_stored_with_the_same_content_hash_is_recognized_before_mapping()
    {
        var ndjson = Encoding.UTF8.GetBytes(string.Join('\n', FormatReading.V2Studies.Select(FormatReading.Compact)) + "\n");
        var mapped = new List<ReadStudy>();
        await foreach (var item in format.ReadAsync(new MemoryStream(ndjson), "studies.ndjson", FormatReading.NewContext(), CancellationToken.None))
        {
            mapped.Add(Assert.IsType<ReadStudy>(item));
        }

        // The registry holds the first study as read, and the second with other content.
        var stored = new Dictionary<string, string>
        {
            [mapped[0].Mapped.Trial.RegistryId] = mapped[0].Mapped.Trial.SourceHash!,
            [mapped[1].Mapped.Trial.RegistryId] = new string('0', 64),
        };
        var asked = new List<string>();
        var context = FormatReading.NewContext() with
        {
            IsStored = (id, hash) =>
            {
                asked.Add(id);
                return stored.TryGetValue(id, out var held) && held == hash;
            },
        };
        var items = new List<ImportItem>();
        await foreach (var item in format.ReadAsync(new MemoryStream(ndjson), "studies.ndjson", context, CancellationToken.None))
        {
            items.Add(item);
        }

        var unchanged = Assert.IsType<UnchangedRecord>(items[0]);
        Assert.Equal(("studies.ndjson", mapped[0].Location, mapped[0].Mapped.Trial.RegistryId, mapped[0].Mapped.Trial.SourceHash), (unchanged.File, unchanged.Location, unchanged.RegistryId, unchanged.SourceHash));
        Assert.All(items.Skip(1), i => Assert.IsType<ReadStudy>(i));
        Assert.Equal(FormatReading.V2Studies, asked);
    }

    [Fact]
    public async Task Single_array_page_and_ndjson_files_yield_the_same_studies()
    {
        var studies = FormatReading.V2Studies.Select(FormatReading.Compact).ToList();
        var shapes = new Dictionary<string, string>
        {
            ["array.json"] = "[\n" + string.Join(",\n", studies) + "\n]",
            ["page.json"] = "{\"studies\": [" + string.Join(",", studies) + "], \"nextPageToken\": \"NF0g5JGBlPMq\"}",
            ["ndjson.ndjson"] = string.Join('\n', studies) + "\n",
            ["token-first-page.json"] = "{\"nextPageToken\": \"abc\", \"totalCount\": 4, \"studies\": [" + string.Join(",", studies) + "]}",
        };
        var singles = new List<string>();
        foreach (var nctId in FormatReading.V2Studies)
        {
            var item = Assert.Single(await FormatReading.ReadAllAsync(format, FormatReading.V2File(nctId), $"{nctId}.json"));
            singles.Add(ComparableTrial.Of(Assert.IsType<ReadStudy>(item).Mapped.Trial));
        }

        foreach (var (name, content) in shapes)
        {
            var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), name);

            var read = items.Select(i => Assert.IsType<ReadStudy>(i)).ToList();
            Assert.Equal(FormatReading.V2Studies, read.Select(r => r.Mapped.Trial.RegistryId));
            Assert.Equal(singles, read.Select(r => ComparableTrial.Of(r.Mapped.Trial)));
            Assert.All(read, r => Assert.Equal(name, r.File));
        }
    }

    [Fact]
    public async Task Each_study_is_located_by_record_and_line_and_a_bom_is_tolerated()
    {
        var ndjson = "\uFEFF" + string.Join('\n', FormatReading.V2Studies.Take(2).Select(FormatReading.Compact));

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(ndjson), "studies.ndjson");

        Assert.Equal(["record 1 (line 1)", "record 2 (line 2)"], items.Select(i => i.Location));
    }

    [Fact]
    public async Task Malformed_json_is_reported_at_its_line_after_the_studies_before_it_and_ends_the_file()
    {
        var content = "[\n" + FormatReading.Compact("NCT00763412") + ",\n" + FormatReading.Compact("NCT03453554") + ",\n{\"protocolSection\": }\n," + FormatReading.Compact("NCT04207047") + "]";

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "broken.json");

        Assert.Equal(3, items.Count);
        Assert.All(items.Take(2), i => Assert.IsType<ReadStudy>(i));
        var problem = Assert.IsType<UnreadableRecord>(items[2]);
        Assert.Equal(("broken.json", "line 4"), (problem.File, problem.Location));
        Assert.Equal("Malformed JSON at line 4, byte 21: '}' is an invalid start of a value; the rest of the file is not read.", problem.Message);
    }

    [Fact]
    public async Task A_truncated_file_is_reported_as_such()
    {
        var study = FormatReading.Compact("NCT03453554");
        var content = "[" + study + "," + study[..(study.Length / 2)];

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "cut.json");

        Assert.IsType<ReadStudy>(items[0]);
        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items.Skip(1)));
        Assert.Equal($"Malformed JSON at line 1, byte {Encoding.UTF8.GetByteCount(content) + 1}: the file ends inside a value (truncated?); the rest of the file is not read.", problem.Message);
    }

    [Fact]
    public async Task A_study_without_an_nct_id_is_reported_by_its_position_and_reading_goes_on()
    {
        var content = string.Join('\n', FormatReading.Compact("NCT00763412"), "{\"protocolSection\": {\"identificationModule\": {\"briefTitle\": \"No id\"}}}", FormatReading.Compact("NCT03453554"));

        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "three.ndjson");

        Assert.Equal(3, items.Count);
        var problem = Assert.IsType<UnreadableRecord>(items[1]);
        Assert.Equal(("three.ndjson", "record 2 (line 2)", (string?)null), (problem.File, problem.Location, problem.RegistryId));
        Assert.Equal("Record cannot be imported: The study has no protocolSection.identificationModule.nctId.", problem.Message);
        Assert.Equal("NCT03453554", Assert.IsType<ReadStudy>(items[2]).Mapped.Trial.RegistryId);
    }

    [Theory]
    [InlineData("", "The file is empty: it holds no ClinicalTrials.gov study.")]
    [InlineData(" \n\t\n", "The file is empty: it holds no ClinicalTrials.gov study.")]
    [InlineData("<clinical_study><id_info/></clinical_study>", "This is not JSON: it starts with '<' (an XML file?). Import it as ClinicalTrials.gov legacy XML or WHO ICTRP XML.")]
    [InlineData("NCT Number,Study Title\n", "This is not ClinicalTrials.gov JSON: it starts with 'N', not '{' or '['.")]
    public async Task A_file_that_is_not_ctgov_json_gets_one_message(string content, string message)
    {
        var items = await FormatReading.ReadAllAsync(format, Encoding.UTF8.GetBytes(content), "upload.json");

        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("upload.json", "line 1", message), (problem.File, problem.Location, problem.Message));
    }

    [Fact]
    public async Task Utf16_without_a_bom_is_named_as_the_wrong_encoding()
    {
        var items = await FormatReading.ReadAllAsync(format, Encoding.Unicode.GetBytes(FormatReading.Compact("NCT03453554")), "utf16.json");

        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal("The file is UTF-16 encoded; ClinicalTrials.gov JSON is read as UTF-8. Save it as UTF-8 and import it again.", problem.Message);
    }

    [Fact]
    public async Task Invalid_utf8_bytes_make_that_record_unreadable_and_the_others_read()
    {
        var latin1 = Encoding.Latin1.GetBytes(FormatReading.Compact("NCT03453554").Replace("\"briefTitle\":\"", "\"briefTitle\":\"Café ", StringComparison.Ordinal));
        var content = Encoding.UTF8.GetBytes(FormatReading.Compact("NCT00763412") + "\n").Concat(latin1).ToArray();

        var items = await FormatReading.ReadAllAsync(format, content, "latin1.ndjson");

        Assert.IsType<ReadStudy>(items[0]);
        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items.Skip(1)));
        Assert.Equal("record 2 (line 2)", problem.Location);
        Assert.Equal("Record has bytes that are not valid UTF-8 (a wrong encoding, such as Latin-1?); save the file as UTF-8.", problem.Message);
    }

    /// <summary>
    /// Memory stays flat as the file grows: 20k generated studies (~the size of a bulk download
    /// slice) stream through with the managed heap bounded, far below the file's size. No timing.
    /// </summary>
    [Fact]
    public async Task A_20k_study_ndjson_reads_in_flat_memory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ndjson-{Guid.NewGuid():N}.ndjson");
        try
        {
            await using (var output = File.Create(path))
            {
                StudyGenerator.WriteNdjson(output, 20_000);
            }

            var fileBytes = new FileInfo(path).Length;
            var context = FormatReading.NewContext();
            long baseline = 0;
            long peak = 0;
            var count = 0;
            await using (var input = File.OpenRead(path))
            {
                await foreach (var item in format.ReadAsync(input, "generated.ndjson", context, CancellationToken.None))
                {
                    Assert.IsType<ReadStudy>(item);
                    count++;
                    if (count == 1_000)
                    {
                        baseline = GC.GetTotalMemory(forceFullCollection: true);
                    }
                    else if (count % 5_000 == 0)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                    }
                }
            }

            Assert.Equal(20_000, count);
            Assert.True(fileBytes > 50_000_000, $"the file should be large enough to matter ({fileBytes} bytes)");
            Assert.True(peak - baseline < 32 * 1024 * 1024, $"heap grew by {(peak - baseline) / 1024 / 1024} MB reading a {fileBytes / 1024 / 1024} MB file");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
