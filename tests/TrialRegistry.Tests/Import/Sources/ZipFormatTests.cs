using System.IO.Compression;
using System.Text;
using TrialRegistry.Import.Sources;

namespace TrialRegistry.Tests.Import.Sources;

public sealed class ZipFormatTests
{
    [Fact]
    public async Task Each_study_entry_is_read_by_its_format_and_other_files_are_skipped_with_a_note()
    {
        var zip = Zip(
            ("NCT00763412.json", FormatReading.V2File("NCT00763412")),
            ("legacy/NCT00008749.xml", FormatReading.LegacyFile("NCT00008749")),
            ("README.txt", Encoding.UTF8.GetBytes("ClinicalTrials.gov bulk download")),
            ("inner.zip", Zip(("NCT03453554.json", FormatReading.V2File("NCT03453554")))),
            ("NCT03453554.json", FormatReading.V2File("NCT03453554")));

        var items = await FormatReading.ReadAllAsync(ImportFormats.All.OfType<ZipFormat>().Single(), zip, "bulk.zip");

        var studies = items.OfType<ReadStudy>().ToList();
        Assert.Equal(
            [("bulk.zip/NCT00763412.json", "NCT00763412", "ctgov-v2-json"), ("bulk.zip/legacy/NCT00008749.xml", "NCT00008749", "ctgov-legacy-xml"), ("bulk.zip/NCT03453554.json", "NCT03453554", "ctgov-v2-json")],
            studies.Select(s => (s.File, s.Mapped.Trial.RegistryId, s.Mapped.Trial.Source)));
        var skipped = items.OfType<SkippedEntry>().ToList();
        Assert.Equal(
            [("bulk.zip/README.txt", "entry README.txt", "Not a study file the importer reads (such as a README or LICENSE); skipped."),
             ("bulk.zip/inner.zip", "entry inner.zip", "A ZIP inside the ZIP is not opened; import it on its own.")],
            skipped.Select(s => (s.File, s.Location, s.Reason)));
        Assert.DoesNotContain(items, i => i is UnreadableRecord);
    }

    [Theory]
    [InlineData("../evil.json")]
    [InlineData("studies/../../evil.json")]
    [InlineData("/etc/evil.json")]
    [InlineData("C:/evil.json")]
    public async Task An_entry_whose_path_leaves_the_archive_is_refused(string path)
    {
        var zip = Zip((path, FormatReading.V2File("NCT03453554")), ("NCT00763412.json", FormatReading.V2File("NCT00763412")));

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip, "evil.zip");

        var refused = Assert.IsType<UnreadableRecord>(items[0]);
        Assert.Equal(($"evil.zip/{path}", $"entry {path}"), (refused.File, refused.Location));
        Assert.Equal("Refused: the entry's path leaves the archive's root (an absolute path or '..'); nothing is extracted.", refused.Message);
        Assert.IsType<ReadStudy>(items[1]);
    }

    [Fact]
    public async Task A_zip_bomb_entry_is_refused_by_its_compression_ratio()
    {
        var zip = Zip(("NCT00000000.json", new byte[8 * 1024 * 1024]));

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip, "bomb.zip");

        var refused = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Matches(@"^Refused: the entry's compression ratio is [0-9]+:1, over the limit of 100:1 \(a ZIP bomb\?\)\.$", refused.Message);
    }

    [Fact]
    public async Task An_entry_over_the_configured_size_is_refused()
    {
        var zip = Zip(("NCT00763412.json", FormatReading.V2File("NCT00763412")));

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats, new ZipLimits(MaxEntryBytes: 10_000)), zip, "big.zip");

        var refused = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal($"Refused: the entry is {FormatReading.V2File("NCT00763412").Length} bytes uncompressed, over the limit of 10000 bytes.", refused.Message);
    }

    [Fact]
    public async Task A_bad_entry_is_reported_with_the_entry_name_and_the_others_still_read()
    {
        var zip = Zip(("broken.json", Encoding.UTF8.GetBytes("{\"protocolSection\": [}")), ("NCT03453554.json", FormatReading.V2File("NCT03453554")));

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip, "mixed.zip");

        var problem = Assert.IsType<UnreadableRecord>(items[0]);
        Assert.Equal("mixed.zip/broken.json", problem.File);
        Assert.StartsWith("Malformed JSON at line 1, byte 22:", problem.Message, StringComparison.Ordinal);
        Assert.IsType<ReadStudy>(items[1]);
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_gets_one_message_and_an_unseekable_upload_is_read()
    {
        var notZip = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), Encoding.UTF8.GetBytes("PK but not really"), "fake.zip");
        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(notZip));
        Assert.StartsWith("This is not a readable ZIP archive: ", problem.Message, StringComparison.Ordinal);

        await using var upload = new UnseekableStream(Zip(("NCT03453554.json", FormatReading.V2File("NCT03453554"))));
        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), upload, "upload.zip");
        Assert.IsType<ReadStudy>(Assert.Single(items));
    }

    [Fact]
    public async Task A_zip64_archive_with_more_entries_than_plain_zip_allows_is_read_to_its_last_entry()
    {
        // CT.gov's bulk download has ~500k entries: past 65,535, the counts and offsets live in the ZIP64 records.
        const int notes = 70_000;
        var entries = Enumerable.Range(0, notes)
            .Select(i => ($"notes/{i}.txt", Encoding.UTF8.GetBytes("n")))
            .Append(("NCT03453554.json", FormatReading.V2File("NCT03453554")))
            .ToArray();
        var zip = Zip(entries);
        Assert.Equal(0xFFFF, BitConverter.ToUInt16(zip, zip.Length - 22 + 10));

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip, "bulk.zip");

        Assert.Equal(notes, items.OfType<SkippedEntry>().Count());
        Assert.Equal(("bulk.zip/NCT03453554.json", "NCT03453554"), items.OfType<ReadStudy>().Select(s => (s.File, s.Mapped.Trial.RegistryId)).Single());
    }

    [Fact]
    public async Task Entries_written_with_data_descriptors_are_read_by_the_sizes_of_the_central_directory()
    {
        // A ZIP written to a stream that cannot seek back has sizes only after each entry's data (flag bit 3), as streaming zippers write them.
        await using var unseekable = new AppendOnlyStream();
        using (var archive = new ZipArchive(unseekable, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in new[] { "NCT00763412", "NCT03453554" })
            {
                await using var entry = await archive.CreateEntry($"{id}.json", CompressionLevel.Optimal).OpenAsync();
                await entry.WriteAsync(FormatReading.V2File(id));
            }
        }

        var zip = unseekable.ToArray();
        Assert.NotEqual(0, BitConverter.ToUInt16(zip, 6) & 8);

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip, "streamed.zip");

        Assert.Equal(["NCT00763412", "NCT03453554"], items.OfType<ReadStudy>().Select(s => s.Mapped.Trial.RegistryId));
    }

    [Fact]
    public async Task An_encrypted_entry_is_reported_and_the_next_one_still_read()
    {
        var zip = Zip(("NCT00763412.json", FormatReading.V2File("NCT00763412")), ("NCT03453554.json", FormatReading.V2File("NCT03453554")));

        // Set the "encrypted" flag of the first entry in its central directory record.
        var directory = IndexOf(zip, [0x50, 0x4b, 0x01, 0x02]);
        zip[directory + 8] |= 1;

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip, "locked.zip");

        var refused = Assert.IsType<UnreadableRecord>(items[0]);
        Assert.Equal(("locked.zip/NCT00763412.json", "The entry could not be read: the entry is encrypted."), (refused.File, refused.Message));
        Assert.Equal("NCT03453554", Assert.IsType<ReadStudy>(Assert.Single(items.Skip(1))).Mapped.Trial.RegistryId);
    }

    [Fact]
    public async Task A_truncated_archive_gets_one_message_naming_the_file()
    {
        var zip = Zip(("NCT00763412.json", FormatReading.V2File("NCT00763412")));

        var items = await FormatReading.ReadAllAsync(new ZipFormat(ImportFormats.FileFormats), zip[..(zip.Length / 2)], "cut.zip");

        var problem = Assert.IsType<UnreadableRecord>(Assert.Single(items));
        Assert.Equal(("cut.zip", "the archive"), (problem.File, problem.Location));
        Assert.StartsWith("This is not a readable ZIP archive: no end of central directory record", problem.Message, StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern);

    private static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var entry = archive.CreateEntry(path, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An upload body: readable once, front to back.</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    /// <summary>A download being written: appended to, never sought back.</summary>
    private sealed class AppendOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
