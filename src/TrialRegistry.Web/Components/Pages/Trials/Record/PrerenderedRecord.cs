using System.IO.Compression;
using System.Text.Json;

namespace TrialRegistry.Web.Components.Pages.Trials.Record;

/// <summary>
/// Carries a record loaded during prerendering into the interactive circuit, so the circuit neither
/// queries again nor blanks the page while it does. The browser hands persisted state to the circuit
/// in one SignalR message, 32 KB at most by default, and a bigger one kills the circuit without a
/// server-side error (dotnet/aspnetcore#63690). A trial record's JSON often is bigger (the seed's is
/// about 35 KB; a trial with hundreds of sites far more), so it travels Brotli-compressed and only
/// below <see cref="BudgetBytes"/>; a record above it is marked as prerendered instead, and the page
/// reads it again on the circuit.
/// </summary>
public static class PrerenderedRecord
{
    /// <summary>
    /// Compressed bytes; data protection and two base64 encodings make them about 1.8 times bigger
    /// on the wire, which keeps the message well under 32 KB.
    /// </summary>
    public const int BudgetBytes = 14 * 1024;

    public static byte[]? Pack<T>(T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value);
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(json);
        }

        return output.Length <= BudgetBytes ? output.ToArray() : null;
    }

    public static T? Unpack<T>(byte[] packed)
    {
        using var input = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(input);
    }
}
