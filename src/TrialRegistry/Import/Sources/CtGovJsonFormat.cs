using System.Runtime.CompilerServices;
using System.Text.Json;
using TrialRegistry.Import.CtGov;

namespace TrialRegistry.Import.Sources;

/// <summary>
/// ClinicalTrials.gov API v2 JSON in each shape the registry hands out: one study object, an array
/// of studies, a page response ({"studies": [...], "nextPageToken": ...}) and newline-delimited
/// studies (NDJSON, or any studies one after another). The shape is read from the content. Studies
/// stream one at a time (<see cref="JsonValueSplitter"/>); malformed JSON ends the file with one
/// <see cref="UnreadableRecord"/> naming the line and byte, after the studies before it.
/// </summary>
public sealed class CtGovJsonFormat : IImportFormat
{
    /// <summary>Page responses announce themselves by their first member.</summary>
    private static readonly string[] PageMembers = ["studies", "nextPageToken", "totalCount"];

    /// <summary>The largest single study read (real ones with results reach a few MB).</summary>
    public int MaxStudyBytes { get; init; } = 64 * 1024 * 1024;

    public string Name => CtGovStudyMapper.SourceName;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        var content = ImportFormats.SkipBomAndWhitespace(head);
        if (!content.IsEmpty)
        {
            return content[0] is (byte)'{' or (byte)'[';
        }

        return ImportFormats.HasExtension(fileName, ".json", ".ndjson", ".jsonl");
    }

    public async IAsyncEnumerable<ImportItem> ReadAsync(
        Stream stream, string fileName, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reading = new Reading(new JsonValueSplitter(stream, MaxStudyBytes), fileName, new CtGovStudyMapper(context.Resolver), context);
        await using var items = reading.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ImportItem item;
            var stop = false;
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }

                item = items.Current;
            }
            catch (JsonException e)
            {
                // The structure is lost: nothing after this point can be trusted to be a study.
                item = new UnreadableRecord(fileName, $"line {e.LineNumber ?? reading.Splitter.Line}", null, $"Malformed JSON at {e.Message}; the rest of the file is not read.");
                stop = true;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                item = new UnreadableRecord(fileName, $"line {reading.Splitter.Line}", null, $"The file could not be read: {e.Message}");
                stop = true;
            }

            yield return item;
            if (stop)
            {
                yield break;
            }
        }
    }

    /// <summary>One file's walk through its shape.</summary>
    private sealed class Reading(JsonValueSplitter splitter, string fileName, CtGovStudyMapper mapper, ImportContext context)
    {
        private int records;

        public JsonValueSplitter Splitter => splitter;

        public async IAsyncEnumerable<ImportItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var first = await splitter.PeekAsync(cancellationToken);
            if (first is null)
            {
                yield return FileProblem("The file is empty: it holds no ClinicalTrials.gov study.");
                yield break;
            }

            if (ImportFormats.LooksLikeUtf16(splitter.Pending))
            {
                yield return FileProblem("The file is UTF-16 encoded; ClinicalTrials.gov JSON is read as UTF-8. Save it as UTF-8 and import it again.");
                yield break;
            }

            switch (first)
            {
                case (byte)'[':
                    splitter.Skip();
                    await foreach (var item in ArrayAsync(cancellationToken))
                    {
                        yield return item;
                    }

                    break;
                case (byte)'{' when IsPage():
                    await foreach (var item in PageAsync(cancellationToken))
                    {
                        yield return item;
                    }

                    break;
                case (byte)'{':
                    while (await splitter.PeekAsync(cancellationToken) is not null)
                    {
                        yield return await StudyAsync(cancellationToken);
                    }

                    yield break;
                case (byte)'<':
                    yield return FileProblem("This is not JSON: it starts with '<' (an XML file?). Import it as ClinicalTrials.gov legacy XML or WHO ICTRP XML.");
                    yield break;
                default:
                    yield return FileProblem($"This is not ClinicalTrials.gov JSON: it starts with {JsonValueSplitter.Show(first.Value)}, not '{{' or '['.");
                    yield break;
            }

            if (await splitter.PeekAsync(cancellationToken) is { } extra)
            {
                throw JsonValueSplitter.Error(splitter.Line, splitter.Column, $"unexpected {JsonValueSplitter.Show(extra)} after the end of the studies");
            }
        }

        /// <summary>The elements of an array whose '[' has been read, up to and including its ']'.</summary>
        private async IAsyncEnumerable<ImportItem> ArrayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var expectValue = true;
            while (true)
            {
                var next = await splitter.PeekAsync(cancellationToken)
                    ?? throw JsonValueSplitter.Error(splitter.Line, splitter.Column, $"the file ends inside the list of studies (truncated?)");
                if (next == (byte)']')
                {
                    splitter.Skip();
                    yield break;
                }

                if (!expectValue)
                {
                    if (next != (byte)',')
                    {
                        throw JsonValueSplitter.Error(splitter.Line, splitter.Column, $"expected ',' or ']' between studies, found {JsonValueSplitter.Show(next)}");
                    }

                    splitter.Skip();
                    expectValue = true;
                    continue;
                }

                yield return await StudyAsync(cancellationToken);
                expectValue = false;
            }
        }

        /// <summary>A page response: its "studies" array is read study by study, its other members skipped.</summary>
        private async IAsyncEnumerable<ImportItem> PageAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            splitter.Skip();
            while (true)
            {
                var next = await splitter.PeekAsync(cancellationToken)
                    ?? throw JsonValueSplitter.Error(splitter.Line, splitter.Column, $"the file ends inside the page (truncated?)");
                if (next == (byte)'}')
                {
                    splitter.Skip();
                    yield break;
                }

                if (next == (byte)',')
                {
                    splitter.Skip();
                    continue;
                }

                var (_, name, _) = await splitter.ReadValueAsync(cancellationToken);
                if (name is null || await splitter.PeekAsync(cancellationToken) != (byte)':')
                {
                    throw JsonValueSplitter.Error(splitter.Line, splitter.Column, $"expected a member name and ':' in the page object");
                }

                splitter.Skip();
                if (name == "studies" && await splitter.PeekAsync(cancellationToken) == (byte)'[')
                {
                    splitter.Skip();
                    await foreach (var item in ArrayAsync(cancellationToken))
                    {
                        yield return item;
                    }
                }
                else
                {
                    (await splitter.ReadValueAsync(cancellationToken)).Document?.Dispose();
                }
            }
        }

        /// <summary>Whether the object at hand is a page response, judged from its first member's name.</summary>
        private bool IsPage()
        {
            // The first member name sits near the start; a few KB are in the buffer already.
            var head = splitter.Pending;
            var reader = new Utf8JsonReader(head, isFinalBlock: false, default);
            try
            {
                if (!reader.Read() || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                {
                    return false;
                }

                foreach (var member in PageMembers)
                {
                    if (reader.ValueTextEquals(member))
                    {
                        return true;
                    }
                }

                return false;
            }
            catch (JsonException)
            {
                // Malformed: read as a study, which reports the place.
                return false;
            }
        }

        private async ValueTask<ImportItem> StudyAsync(CancellationToken cancellationToken)
        {
            records++;
            var location = $"record {records} (line {splitter.Line})";
            var (document, _, validUtf8) = await splitter.ReadValueAsync(cancellationToken);
            if (!validUtf8)
            {
                return new UnreadableRecord(fileName, location, null, "Record has bytes that are not valid UTF-8 (a wrong encoding, such as Latin-1?); save the file as UTF-8.");
            }

            if (document is null)
            {
                return new UnreadableRecord(fileName, location, null, "Record is a string, not a study object.");
            }

            using (document)
            {
                var nctId = document.RootElement.Member("protocolSection").Member("identificationModule").String("nctId");
                if (nctId is not null && context.IsStored is { } isStored && document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    var hash = CtGovStudyMapper.HashOf(document.RootElement);
                    if (isStored(nctId, hash))
                    {
                        return new UnchangedRecord(fileName, location, nctId, hash);
                    }
                }

                try
                {
                    return new ReadStudy(fileName, location, mapper.Map(document.RootElement, context.ImportedAt));
                }
                catch (RecordMappingException e)
                {
                    return new UnreadableRecord(fileName, location, nctId, $"Record cannot be imported: {e.Message}");
                }
            }
        }

        private UnreadableRecord FileProblem(string message) => new(fileName, "line 1", null, message);
    }
}
