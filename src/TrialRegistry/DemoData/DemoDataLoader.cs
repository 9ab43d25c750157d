using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrialRegistry.Data;
using TrialRegistry.Import;
using TrialRegistry.Import.CtGov;
using TrialRegistry.TrialCounts;
using TrialRegistry.Trials;

namespace TrialRegistry.DemoData;

/// <summary>What one demo data load did, and how many trials there are now.</summary>
public sealed record DemoDataSummary(
    int TrialsAdded,
    int TrialsTotal,
    int OrganizationsAdded,
    int ConditionsAdded,
    int ProductsAdded,
    int InterventionsLinked,
    int ClinicalResultsAdded,
    int TranslationalStudiesAdded,
    int PatentsAdded,
    int DealsAdded,
    int MappingWarnings);

/// <summary>
/// Loads the demo data set embedded from DemoData/Files: the seed trial NCT03562065, real
/// ClinicalTrials.gov records (v2 JSON and classic CSV), curated organizations and products, and
/// linked records written for the demo. Idempotent: everything is keyed (registry id, normalized
/// name, patent publication number, title) and only what is missing is added, so a second load adds
/// and changes nothing. One transaction: a load writes everything or nothing.
/// </summary>
public sealed partial class DemoDataLoader(IDbContextFactory<RegistryDbContext> dbFactory, ILogger<DemoDataLoader> logger)
{
    /// <summary>Serializes concurrent loads (two instances starting together) on a PostgreSQL advisory lock.</summary>
    private const long AdvisoryLockKey = 0x7472_6465_6d6f; // "trdemo"

    public async Task<DemoDataSummary> LoadAsync(CancellationToken cancellationToken = default)
    {
        // Read and check every curated file first: a broken file fails the load before anything is written.
        var organizations = CuratedFiles.ReadOrganizations();
        var products = CuratedFiles.ReadProducts();
        var linkedRecords = CuratedFiles.ReadLinkedRecords();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        var resolver = await EntityResolver.LoadAsync(db, cancellationToken);
        var curated = new CuratedDataWriter(db, resolver);
        curated.AddOrganizations(organizations);
        curated.AddProducts(products);

        var trials = await LoadTrialsAsync(db, resolver, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var linked = await curated.LinkInterventionsAsync(products, cancellationToken);
        var added = await curated.AddLinkedRecordsAsync(linkedRecords, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The indexes' trial counts now, so the first reader sees the demo names counted (0027).
        await TrialCountRefresh.RunNowAsync(db, cancellationToken);
        foreach (var problem in curated.Problems)
        {
            LogCuratedProblem(logger, problem);
        }

        return new DemoDataSummary(
            trials.Added,
            await db.Trials.CountAsync(cancellationToken),
            resolver.OrganizationsCreated,
            resolver.ConditionsCreated,
            resolver.ProductsCreated,
            linked + trials.LinkedByName,
            added.ClinicalResults,
            added.TranslationalStudies,
            added.Patents,
            added.Deals,
            trials.Warnings);
    }

    private async Task<TrialLoad> LoadTrialsAsync(RegistryDbContext db, EntityResolver resolver, CancellationToken cancellationToken)
    {
        // Parse everything first, so that the registry ids already in the database are read in one query.
        var studies = new List<JsonDocument> { ReadJson(DemoFiles.SeedTrial) };
        studies.AddRange(DemoFiles.List(DemoFiles.V2JsonFolder, ".json").Select(ReadJson));
        var rows = DemoFiles.List(DemoFiles.ClassicCsvFolder, ".csv").SelectMany(ReadCsv).ToList();
        try
        {
            var ids = studies.Select(s => s.RootElement.Member("protocolSection").Member("identificationModule").String("nctId"))
                .Concat(rows.Select(r => r.NctId))
                .OfType<string>()
                .Distinct()
                .ToList();
            var loaded = await db.Trials.Where(t => ids.Contains(t.RegistryId)).Select(t => t.RegistryId).ToHashSetAsync(cancellationToken);
            var alreadyLoaded = loaded.Count;
            var load = new TrialLoad(db, loaded, logger);
            var now = DateTimeOffset.UtcNow;

            // The seed file comes first, so it stands even if a later file carries the same trial.
            var v2Mapper = new CtGovStudyMapper(resolver);
            foreach (var study in studies)
            {
                var nctId = study.RootElement.Member("protocolSection").Member("identificationModule").String("nctId");
                if (load.IsNew(nctId))
                {
                    load.Add(v2Mapper.Map(study.RootElement, now));
                }
            }

            var csvMapper = new ClassicCsvMapper(resolver);
            foreach (var row in rows.Where(r => load.IsNew(r.NctId)))
            {
                load.Add(csvMapper.Map(row, now));
            }

            LogTrialsMapped(logger, load.Added, alreadyLoaded, load.Warnings);
            return load;
        }
        finally
        {
            studies.ForEach(s => s.Dispose());
        }
    }

    private static JsonDocument ReadJson(string name)
    {
        using var stream = DemoFiles.Open(name);
        return JsonDocument.Parse(stream);
    }

    private static List<ClassicCsvRow> ReadCsv(string name)
    {
        using var reader = new StreamReader(DemoFiles.Open(name));
        return ClassicCsvRow.ReadAll(reader).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} trial(s) mapped, {AlreadyLoaded} already loaded, {Warnings} mapping warning(s)")]
    private static partial void LogTrialsMapped(ILogger logger, int added, int alreadyLoaded, int warnings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: {Problem}")]
    private static partial void LogCuratedProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo data: {RegistryId}: {Warning}")]
    private static partial void LogMappingWarning(ILogger logger, string registryId, MappingWarning warning);

    /// <summary>The trials of one load: which ids are taken, what was added, how many warnings.</summary>
    private sealed class TrialLoad(RegistryDbContext db, HashSet<string> taken, ILogger logger)
    {
        public int Added { get; private set; }

        public int Warnings { get; private set; }

        public int LinkedByName { get; private set; }

        /// <summary>Whether a trial with this id is neither in the database nor added earlier in this load.</summary>
        public bool IsNew(string? registryId) => registryId is not null && !taken.Contains(registryId);

        public void Add(MappedTrial mapped)
        {
            var trial = mapped.Trial;
            trial.IsSynthetic = false;
            taken.Add(trial.RegistryId);
            db.Trials.Add(trial);
            Added++;
            Warnings += mapped.Warnings.Count;
            LinkedByName += trial.Interventions.Count(i => i.Product is not null);
            foreach (var warning in mapped.Warnings)
            {
                LogMappingWarning(logger, trial.RegistryId, warning);
            }
        }
    }
}
