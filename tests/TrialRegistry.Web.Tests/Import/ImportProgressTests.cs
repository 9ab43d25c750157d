using TrialRegistry.Web.Import;

namespace TrialRegistry.Web.Tests.Import;

/// <summary>The figures of the import page's progress bar: share of bytes read, records per second, time left.</summary>
public sealed class ImportProgressTests
{
    [Fact]
    public void A_quarter_read_in_10_seconds_leaves_about_30_seconds()
    {
        var progress = new ImportProgressSnapshot(Records: 100, BytesRead: 250, TotalBytes: 1_000, Elapsed: TimeSpan.FromSeconds(10));

        Assert.Equal(0.25, progress.Fraction);
        Assert.Equal(10, progress.RecordsPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(30), progress.Remaining);
        Assert.False(progress.AllRead);
    }

    [Fact]
    public void No_estimate_before_there_is_anything_to_go_by_nor_once_everything_is_read()
    {
        Assert.Null(new ImportProgressSnapshot(0, 0, 1_000, TimeSpan.FromSeconds(5)).Remaining);
        Assert.Null(new ImportProgressSnapshot(3, 500, 1_000, TimeSpan.FromMilliseconds(200)).Remaining);

        var done = new ImportProgressSnapshot(40, 1_000, 1_000, TimeSpan.FromSeconds(4));
        Assert.True(done.AllRead);
        Assert.Null(done.Remaining);
        Assert.Equal(1.0, done.Fraction);
    }

    [Fact]
    public async Task Progress_over_two_files_counts_the_bytes_of_the_files_before_the_current_one()
    {
        var directory = Directory.CreateTempSubdirectory("import-progress-").FullName;
        try
        {
            var first = Path.Combine(directory, "a");
            var second = Path.Combine(directory, "b");
            await File.WriteAllBytesAsync(first, new byte[300]);
            await File.WriteAllBytesAsync(second, new byte[700]);
            var files = new[] { first, second }.Select(p => new ImportFile(p, Path.GetFileName(p), null!)).ToList();
            var progress = new ImportProgress(files);

            progress.RecordRead(0, 150);
            Assert.Equal((1, 150L, 1_000L), (progress.Snapshot().Records, progress.Snapshot().BytesRead, progress.TotalBytes));
            progress.FileRead(0);
            progress.RecordRead(1, 350);
            Assert.Equal(0.65, progress.Snapshot().Fraction, precision: 10);
            progress.RecordRead(1, 10_000);
            Assert.True(progress.Snapshot().AllRead);
            Assert.Equal(3, progress.Snapshot().Records);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
