using Microsoft.AspNetCore.Components.Forms;
using TrialRegistry.Web.Import;

namespace TrialRegistry.Web.Components.Pages.Admin.Import;

/// <summary>
/// The files uploaded on the import page, each streamed from the browser into a temporary file
/// (never held in memory whole) and its format detected; deleted with the page, or when the last
/// background import holding them (<see cref="Hold"/>) ends, whichever comes later.
/// </summary>
public sealed class ImportUploads : IDisposable
{
    /// <summary>Default of Import:MaxUploadBytes: 1 GiB per file.</summary>
    public const long DefaultMaxBytes = 1L << 30;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "trialregistry-import", Guid.NewGuid().ToString("N"));
    private readonly List<ImportFile> files = [];

    /// <summary>Holders per temporary file: the page while it lists the file, plus each import using it.</summary>
    private readonly Dictionary<string, int> holders = [];
    private readonly Lock gate = new();
    private bool disposed;

    public IReadOnlyList<ImportFile> Files => files;

    /// <summary>Changes whenever the set of files changes (a dry run is valid for one set only).</summary>
    public int Generation { get; private set; }

    /// <summary>Stores one uploaded file; returns the problem, naming the file, when it cannot be imported (then nothing is kept).</summary>
    public async Task<string?> AddAsync(IBrowserFile upload, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var name = Path.GetFileName(upload.Name);
        if (upload.Size > maxBytes)
        {
            return $"{name}: the file is too large ({upload.Size:N0} bytes; at most {maxBytes:N0} bytes per file).";
        }

        if (upload.Size == 0)
        {
            return $"{name}: the file is empty.";
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{files.Count + 1}-{Guid.NewGuid():N}");
        try
        {
            // The browser's stream is read in chunks over the circuit and copied straight to disk;
            // maxAllowedSize makes the stream itself refuse more bytes than the limit.
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await using var source = upload.OpenReadStream(maxBytes, cancellationToken);
                await source.CopyToAsync(target, cancellationToken);
            }

            var (format, problem) = await ImportFiles.DetectAsync(path, name, cancellationToken);
            if (format is null)
            {
                File.Delete(path);
                return $"{name}: {problem}";
            }

            files.Add(new ImportFile(path, name, format));
            lock (gate)
            {
                holders[path] = 1;
            }

            Generation++;
            return null;
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            File.Delete(path);
            return $"{name}: the upload failed: {exception.Message}";
        }
    }

    /// <summary>Keeps the current files on disk until the returned hold is disposed, even if the page clears them or goes away.</summary>
    public IDisposable Hold()
    {
        var held = files.Select(f => f.Path).ToList();
        lock (gate)
        {
            foreach (var path in held)
            {
                holders[path]++;
            }
        }

        return new FilesHold(this, held);
    }

    public void Clear()
    {
        Release(files.Select(f => f.Path).ToList());
        files.Clear();
        Generation++;
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        Clear();
    }

    private void Release(List<string> paths)
    {
        lock (gate)
        {
            foreach (var path in paths)
            {
                if (--holders[path] == 0)
                {
                    holders.Remove(path);
                    Delete(path);
                }
            }

            if (disposed && holders.Count == 0)
            {
                DeleteDirectory();
            }
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Still open somewhere (a run unwinding): the OS temp cleaner takes it later.
        }
    }

    private void DeleteDirectory()
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private sealed class FilesHold(ImportUploads uploads, List<string> paths) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                uploads.Release(paths);
            }
        }
    }
}
