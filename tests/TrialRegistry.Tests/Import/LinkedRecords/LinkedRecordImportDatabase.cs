using Microsoft.EntityFrameworkCore;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.Import.Runs;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Import.LinkedRecordCsv;

/// <summary>
/// A registry holding what the templates' example rows name (UC-MSC, APHP, UCL, NCT03562065) and a
/// little more to link to: a second product with an alias, a third organization, a second trial.
/// </summary>
public sealed class LinkedRecordImportDatabase : PostgresDatabase, IAsyncLifetime
{
    public const string SecondTrial = "NCT04371393";
    public const string Acme = "Acme Biotech";
    public static readonly DateOnly Today = new(2024, 6, 1);

    public static Actor Admin { get; } = new(null, "admin@example.org", IsAdmin: true, "203.0.113.9");

    public int UcMscId { get; private set; }

    public int ExoFloId { get; private set; }

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var aphp = Organization.Create(LinkedRecordCsvTemplates.ExampleOrganization, OrganizationClass.Other, "France");
        aphp.Aliases.Add(new OrganizationAlias { Name = "APHP", NormalizedName = "aphp" });
        var ucl = Organization.Create(LinkedRecordCsvTemplates.ExamplePartner, OrganizationClass.Other, "United Kingdom");
        var acme = Organization.Create(Acme, OrganizationClass.Industry, "United States");
        var ucMsc = new Product { Name = LinkedRecordCsvTemplates.ExampleProduct, NormalizedName = "uc msc", Type = ProductType.CellTherapy, Developers = [aphp] };
        var exoFlo = new Product { Name = "ExoFlo", NormalizedName = "exoflo", Type = ProductType.CellTherapy, Developers = [acme] };
        exoFlo.Aliases.Add(new ProductAlias { Name = "EXO-1", NormalizedName = "exo 1" });
        db.AddRange(ucMsc, exoFlo, ucl, TestTrials.New(LinkedRecordCsvTemplates.ExampleTrial, aphp), TestTrials.New(SecondTrial, acme));
        await db.SaveChangesAsync();
        (UcMscId, ExoFloId) = (ucMsc.Id, exoFlo.Id);
    }

    public async Task<LinkedRecordImportReport> ImportAsync(
        string csv, LinkedRecordCsvKind kind, ImportMode mode = ImportMode.Strict, Actor? actor = null, bool dryRun = false)
    {
        await using var db = CreateContext();
        return await ImportLinkedRecords.ImportAsync(db, new StringReader(csv), kind, actor ?? Admin, new LinkedRecordImportOptions(mode, dryRun, "records.csv", Today));
    }

    /// <summary>Rows of every table an import writes: equal before and after means nothing was written.</summary>
    public async Task<string> CountsAsync()
    {
        await using var db = CreateContext();
        return string.Join(
            " ",
            await db.ClinicalResults.CountAsync(),
            await db.TranslationalStudies.CountAsync(),
            await db.Patents.CountAsync(),
            await db.Deals.CountAsync(),
            await db.AuditEntries.CountAsync(),
            await db.Deals.SelectMany(d => d.Parties).CountAsync(),
            await db.ClinicalResults.SelectMany(r => r.Trials).CountAsync());
    }
}
