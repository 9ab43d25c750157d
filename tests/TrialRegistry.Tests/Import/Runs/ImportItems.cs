using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Import.Sources;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Import.Runs;

/// <summary>
/// Import items built from the v2 JSON fixtures (mapped with the run's own resolver, as a reader
/// does), renamed to an id of the test's own so tests sharing a database never touch each other's trials.
/// </summary>
internal static class ImportItems
{
    public const string Fixture = "ctgov/v2-json/NCT00763412.json";

    /// <summary>A fixture study, as a mutable JSON tree.</summary>
    public static JsonObject Study(string fixture = Fixture, string? nctId = null)
    {
        var study = JsonNode.Parse(File.ReadAllText(FixtureFiles.PathOf(fixture)))!.AsObject();
        if (nctId is not null)
        {
            Identification(study)["nctId"] = nctId;
        }

        return study;
    }

    public static JsonObject Identification(JsonObject study) => study["protocolSection"]!["identificationModule"]!.AsObject();

    public static JsonObject Status(JsonObject study) => study["protocolSection"]!["statusModule"]!.AsObject();

    public static JsonObject Sponsor(JsonObject study) => study["protocolSection"]!["sponsorCollaboratorsModule"]!["leadSponsor"]!.AsObject();

    /// <summary>One item per study (or an <see cref="UnreadableRecord"/> for a string), mapped as the run reads it.</summary>
    public static Func<ImportContext, IAsyncEnumerable<ImportItem>> Read(params object[] records)
        => context => Yield(context, records);

    /// <summary>Like <see cref="Read"/>, cancelling <paramref name="cancel"/> once <paramref name="after"/> records have been read.</summary>
    public static Func<ImportContext, IAsyncEnumerable<ImportItem>> ReadThenCancel(CancellationTokenSource cancel, int after, params object[] records)
        => context => YieldThenCancel(context, cancel, after, records);

    private static async IAsyncEnumerable<ImportItem> Yield(ImportContext context, object[] records, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var index = 0; index < records.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToItem(context, records[index], index);
            await Task.Yield();
        }
    }

    private static async IAsyncEnumerable<ImportItem> YieldThenCancel(ImportContext context, CancellationTokenSource cancel, int after, object[] records)
    {
        for (var index = 0; index < records.Length; index++)
        {
            if (index == after)
            {
                await cancel.CancelAsync();
            }

            yield return ToItem(context, records[index], index);
        }
    }

    private static ImportItem ToItem(ImportContext context, object record, int index)
    {
        var location = $"record {index + 1}";
        return record switch
        {
            JsonObject study => new ReadStudy("studies.json", location, Map(context, study)),
            string message => new UnreadableRecord("studies.json", location, null, message),
            _ => throw new ArgumentException($"Unknown record {record}", nameof(record)),
        };
    }

    private static MappedTrial Map(ImportContext context, JsonObject study)
    {
        using var document = JsonDocument.Parse(study.ToJsonString());
        return new CtGovStudyMapper(context.Resolver).Map(document.RootElement, context.ImportedAt);
    }
}

/// <summary>Contexts of a test database, as the app's factory gives them.</summary>
internal sealed class TestDbFactory(PostgresDatabase database) : IDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext() => database.CreateContext();
}
