using Microsoft.AspNetCore.Components.Forms;

namespace TrialRegistry.Web.Tests.Import;

/// <summary>A file as Blazor's InputFile hands it to the page, from bytes in memory.</summary>
internal sealed class FakeBrowserFile(string name, byte[] content) : IBrowserFile
{
    public long? MaxAllowedSizeAsked { get; private set; }

    public string Name => name;

    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

    public long Size => content.Length;

    public string ContentType => "application/octet-stream";

    public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default)
    {
        MaxAllowedSizeAsked = maxAllowedSize;
        return new MemoryStream(content, writable: false);
    }
}
