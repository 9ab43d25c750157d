using System.Text;
using TrialRegistry.Web.Components.Pages.Admin.Import;

namespace TrialRegistry.Web.Tests.Import;

/// <summary>The import page's uploads: streamed to a temporary file under the size limit, each refusal naming the file.</summary>
public sealed class ImportUploadsTests
{
    private const string Study = """{"protocolSection":{"identificationModule":{"nctId":"NCT09990002","briefTitle":"T"}}}""";

    [Fact]
    public async Task A_study_file_is_copied_to_a_temporary_file_with_its_format_and_deleted_with_the_page()
    {
        var uploads = new ImportUploads();
        var upload = new FakeBrowserFile("../dir/study.json", Encoding.UTF8.GetBytes(Study));

        var problem = await uploads.AddAsync(upload, maxBytes: 1_000, CancellationToken.None);

        Assert.Null(problem);
        var file = Assert.Single(uploads.Files);
        Assert.Equal("study.json", file.Name);
        Assert.Equal("ctgov-v2-json", file.Format.Name);
        Assert.Equal(Study, await File.ReadAllTextAsync(file.Path));
        Assert.Equal(1_000, upload.MaxAllowedSizeAsked);
        uploads.Dispose();
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public async Task A_file_held_by_an_import_outlives_the_page_and_goes_when_the_import_lets_go()
    {
        var uploads = new ImportUploads();
        await uploads.AddAsync(new FakeBrowserFile("study.json", Encoding.UTF8.GetBytes(Study)), 1_000, CancellationToken.None);
        var path = Assert.Single(uploads.Files).Path;
        var directory = Path.GetDirectoryName(path)!;

        var hold = uploads.Hold();
        uploads.Dispose();

        Assert.True(File.Exists(path), "A background import still reads the file.");
        hold.Dispose();
        Assert.False(File.Exists(path));
        Assert.False(Directory.Exists(directory));
        hold.Dispose();
    }

    [Fact]
    public async Task Clearing_the_files_keeps_a_held_one_until_its_import_ends()
    {
        using var uploads = new ImportUploads();
        await uploads.AddAsync(new FakeBrowserFile("study.json", Encoding.UTF8.GetBytes(Study)), 1_000, CancellationToken.None);
        var path = Assert.Single(uploads.Files).Path;
        var hold = uploads.Hold();

        uploads.Clear();

        Assert.Empty(uploads.Files);
        Assert.True(File.Exists(path));
        hold.Dispose();
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read()
    {
        using var uploads = new ImportUploads();
        var upload = new FakeBrowserFile("big.json", Encoding.UTF8.GetBytes(Study));

        var problem = await uploads.AddAsync(upload, maxBytes: 10, CancellationToken.None);

        Assert.Equal($"big.json: the file is too large ({Study.Length:N0} bytes; at most 10 bytes per file).", problem);
        Assert.Empty(uploads.Files);
        Assert.Null(upload.MaxAllowedSizeAsked);
    }

    [Fact]
    public async Task An_empty_file_is_refused_by_name()
    {
        using var uploads = new ImportUploads();

        var problem = await uploads.AddAsync(new FakeBrowserFile("empty.json", []), 1_000, CancellationToken.None);

        Assert.Equal("empty.json: the file is empty.", problem);
        Assert.Empty(uploads.Files);
    }

    [Fact]
    public async Task A_file_of_no_known_format_is_refused_by_name_and_not_kept()
    {
        using var uploads = new ImportUploads();

        var problem = await uploads.AddAsync(new FakeBrowserFile("notes.txt", Encoding.UTF8.GetBytes("just some notes")), 1_000, CancellationToken.None);

        Assert.Equal("notes.txt: not a format the importer reads (ClinicalTrials.gov JSON, XML or CSV, WHO ICTRP XML, or a ZIP of them).", problem);
        Assert.Empty(uploads.Files);
    }
}
